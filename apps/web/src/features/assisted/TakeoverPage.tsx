import './assisted.css';
import { useMutation } from '@apollo/client/react';
import { MyPageDocument, TakeOverAssistedGroupDocument } from '@tsunagu/shared/graphql-client';
import { ButtonLink, Notice, TextField } from '@tsunagu/shared/ui';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RouterAnchor } from '../../app/RouterAnchor';
import { SignInGate } from '../../app/SignInGate';
import { usePageTitle } from '../../app/usePageTitle';
import { errorMessage } from '../accounts/field-checks';
import { useMe } from '../accounts/hooks/useMe';
import { FormPage } from '../../shared/FormPage';
import { normaliseTakeoverCode } from './takeover-code';

/** 「団体を引き継ぐ」: the officer types the number from the centre's paper and the group becomes theirs. */
export function TakeoverPage() {
  const { t } = useTranslation();
  usePageTitle(t('assisted.takeover.title'));
  const { me, loading } = useMe();
  const [typed, setTyped] = useState('');
  const [touched, setTouched] = useState(false);
  const [takeOver, { data, error, loading: sending }] = useMutation(TakeOverAssistedGroupDocument, {
    // マイページ lists the group as the officer's own from now on.
    refetchQueries: [MyPageDocument],
  });
  const code = normaliseTakeoverCode(typed);

  if (loading) return null;
  if (!me) return <SignInGate title={t('assisted.takeover.title')} message={t('assisted.takeover.signIn')} />;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (!code) return;
    await takeOver({ variables: { code } }).catch(() => null);
  };
  const group = data?.takeOverAssistedGroup;
  return (
    <FormPage
      title={t('assisted.takeover.title')}
      lead={t('assisted.takeover.lead')}
      notices={
        error && (
          <Notice tone="error" title={t('assisted.takeover.refused')}>
            <p data-testid="takeover-refused">{errorMessage(error, t('form.tryAgain'))}</p>
            <p>{t('assisted.takeover.askCentre')}</p>
          </Notice>
        )
      }
      done={
        group && (
          <Notice title={t('assisted.takeover.doneTitle')}>
            <p data-testid="takeover-done">{t('assisted.takeover.doneBody', { name: group.name })}</p>
            <p>
              <ButtonLink href="/me" as={RouterAnchor}>
                {t('assisted.takeover.toMe')}
              </ButtonLink>
            </p>
          </Notice>
        )
      }
      onSubmit={(e) => void submit(e)}
      noValidate
      submitLabel={t('assisted.takeover.submit')}
      submitDisabled={sending}
      submitTestId="takeover-submit"
    >
      <TextField
        label={t('assisted.takeover.code')}
        hint={t('assisted.takeover.codeHint')}
        value={typed}
        onChange={(e) => setTyped(e.target.value)}
        error={touched && !code ? t('assisted.takeover.codeInvalid') : undefined}
        required
        requiredLabel={t('form.requiredLabel')}
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
        className="takeover-code"
        data-testid="takeover-code"
      />
    </FormPage>
  );
}
