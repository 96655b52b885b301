import { useMutation } from '@apollo/client/react';
import { type MarcheApplicationItemFragment, UpdateMarcheApplicationDocument } from '@tsunagu/shared/graphql-client';
import { Button, Stack, TextArea, TextField } from '@tsunagu/shared/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../accounts/field-checks';
import { InlineError } from '../../../shared/InlineError';

/**
 * The NPO changes its title and text while applications are open (the server refuses after).
 * The answer is the application: the cache updates the list by its id.
 */
export function EditMarcheApplication({ application }: { application: MarcheApplicationItemFragment }) {
  const { t } = useTranslation();
  const [title, setTitle] = useState(application.title);
  const [description, setDescription] = useState(application.description);
  const [update, { loading, error, data }] = useMutation(UpdateMarcheApplicationDocument);
  return (
    <details className="need-page__close">
      <summary>{t('marche.editTitle')}</summary>
      <Stack gap="sm">
        <TextField label={t('marche.editName')} value={title} onChange={(e) => setTitle(e.target.value)} />
        <TextArea
          label={t('marche.editText')}
          value={description}
          onChange={(e) => setDescription(e.target.value)}
          rows={3}
        />
        {error && <InlineError>{errorMessage(error, t('form.tryAgain'))}</InlineError>}
        {data && <p role="status">{t('marche.editSaved')}</p>}
        <div>
          <Button
            variant="secondary"
            disabled={loading}
            onClick={() =>
              void update({
                variables: { id: application.id, input: { title: title.trim(), description: description.trim() } },
              }).catch(() => undefined)
            }
          >
            {t('marche.editSave')}
          </Button>
        </div>
      </Stack>
    </details>
  );
}
