import { useMutation } from '@apollo/client/react';
import { type CommunityGroupKind, RegisterCommunityGroupDocument } from '@tsunagu/shared/graphql-client';
import {
  ButtonLink,
  Container,
  Notice,
  PageHeading,
  SelectField,
  SignInRequired,
  Stack,
  TextField,
} from '@tsunagu/shared/ui';
import { KITAKYUSHU_WARDS } from '@tsunagu/shared/util';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RouterAnchor } from '../../app/RouterAnchor';
import { usePageTitle } from '../../app/usePageTitle';
import { checkRequired } from './field-checks';
import { useMe } from './hooks/useMe';
import { TryAgainNotice } from '../../app/TryAgainNotice';
import { FormPage } from '../../shared/FormPage';
import { SchoolDistrictSelect } from '../../shared/SchoolDistrictSelect';

const KINDS: CommunityGroupKind[] = ['JICHIKAI', 'MACHIZUKURI', 'SHIMIN_CENTER', 'OTHER'];

/** A community group registers itself; staff check it before its needs are shown to others. */
export function GroupRegistrationPage() {
  const { t } = useTranslation();
  usePageTitle(t('group.title'));
  const { me } = useMe();
  const [form, setForm] = useState({
    name: '',
    kind: 'JICHIKAI' as CommunityGroupKind,
    ward: '',
    area: '',
    schoolDistrictId: '',
    representativeName: '',
    contactPhone: '',
    contactEmail: '',
  });
  const [touched, setTouched] = useState(false);
  const [register, { data, loading, error }] = useMutation(RegisterCommunityGroupDocument);
  const problems = {
    name: checkRequired(t, form.name),
    ward: form.ward ? undefined : t('group.chooseWard'),
    representativeName: checkRequired(t, form.representativeName),
    contactPhone:
      form.contactPhone && !/^[0-9０-９\-－() ]{10,15}$/.test(form.contactPhone) ? t('group.phoneInvalid') : undefined,
  };
  /** A field of the form: its value, its change, and (once sent) what is wrong with it. */
  const field = (key: keyof typeof form) => ({
    value: form[key],
    onChange: (e: { target: { value: string } }) => setForm({ ...form, [key]: e.target.value }),
    error: touched ? problems[key as keyof typeof problems] : undefined,
  });
  const required = { required: true, requiredLabel: t('form.requiredLabel') };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (Object.values(problems).some(Boolean)) return;
    await register({
      variables: {
        input: {
          ...form,
          area: form.area || null,
          schoolDistrictId: form.schoolDistrictId || null,
          contactPhone: form.contactPhone || null,
          contactEmail: form.contactEmail || null,
        },
      },
    }).catch(() => null);
  };

  if (data) {
    return (
      <Container width="narrow" className="page">
        <Stack gap="lg">
          <PageHeading>{t('group.title')}</PageHeading>
          <Notice title={t('group.doneTitle')}>
            <span data-testid="group-registered">
              {t('group.doneBody', { name: data.registerCommunityGroup.name })}
            </span>
          </Notice>
          <div>
            <ButtonLink href="/me" as={RouterAnchor}>
              {t('me.title')}
            </ButtonLink>
          </div>
        </Stack>
      </Container>
    );
  }
  return (
    <FormPage
      title={t('group.title')}
      lead={t('group.lead')}
      notices={
        <>
          {!me && (
            <Notice tone="warning" title={t('me.signInFirst')}>
              <SignInRequired
                message={t('group.signIn')}
                next="/groups/new"
                signInLabel={t('nav.login')}
                signUpLabel={t('signIn.toSignUp')}
                as={RouterAnchor}
              />
            </Notice>
          )}
          <TryAgainNotice error={error} />
        </>
      }
      onSubmit={(e) => void submit(e)}
      noValidate
      submitLabel={t('group.submit')}
      submitDisabled={loading || !me}
      submitTestId="group-submit"
    >
      <TextField
        label={t('group.name')}
        hint={t('group.nameHint')}
        {...field('name')}
        {...required}
        data-testid="group-name"
      />
      <SelectField
        id="group-kind"
        label={t('group.kind')}
        options={KINDS.map((k) => ({ value: k, label: t(`group.kinds.${k}`) }))}
        {...field('kind')}
      />
      <SelectField
        id="group-ward"
        label={t('group.ward')}
        placeholder={t('group.chooseWard')}
        options={KITAKYUSHU_WARDS.map((w) => ({ value: w, label: w }))}
        {...field('ward')}
        data-testid="group-ward"
      />
      <SchoolDistrictSelect
        id="group-school-district"
        ward={form.ward}
        value={form.schoolDistrictId}
        onChange={(schoolDistrictId) => setForm({ ...form, schoolDistrictId })}
      />
      <TextField label={t('group.area')} hint={t('group.areaHint')} {...field('area')} />
      <TextField
        label={t('group.representative')}
        {...field('representativeName')}
        {...required}
        data-testid="group-representative"
      />
      <TextField
        label={t('group.phone')}
        hint={t('group.privateHint')}
        type="tel"
        autoComplete="tel"
        {...field('contactPhone')}
      />
      <TextField label={t('form.email')} hint={t('group.privateHint')} type="email" {...field('contactEmail')} />
    </FormPage>
  );
}
