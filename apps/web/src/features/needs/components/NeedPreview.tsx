import { Button, Container, Notice, PageHeading, Stack } from '@tsunagu/shared/ui';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { draftFields, type NeedFormValues } from '../need-form';
import { NeedDetails } from '../NeedDetails';

interface Props {
  form: NeedFormValues;
  groupName: string;
  isDraft: boolean;
  publishError: string | null;
  publishing: boolean;
  onPublish: () => void;
  onBack: () => void;
  saveStatus: ReactNode;
  /** 「公開すると、〇〇にもお願いが届きます」 when the officer came to ask an NPO */
  askNote?: string;
}

/** The need as others will see it, with publish (or save changes) and back to editing. */
export function NeedPreview({
  form,
  groupName,
  isDraft,
  publishError,
  publishing,
  onPublish,
  onBack,
  saveStatus,
  askNote,
}: Props) {
  const { t } = useTranslation();
  return (
    <Container width="narrow" className="page">
      <Stack gap="lg">
        <PageHeading lead={t('needForm.previewLead')}>{t('needForm.previewTitle')}</PageHeading>
        <section className="need-preview" aria-labelledby="need-preview-title" data-testid="need-preview">
          <h2 id="need-preview-title">{form.title}</h2>
          <NeedDetails
            need={{
              description: form.description,
              fields: form.fields,
              helpKind: form.helpKind,
              ward: form.ward,
              honorarium: form.honorarium,
              place: form.place || null,
              startsOn: form.startsOn || null,
              endsOn: null,
              deadline: form.deadline || null,
              peopleNeeded: draftFields(form).peopleNeeded ?? null,
              groupName,
            }}
          />
        </section>
        {publishError && (
          <Notice tone="error" title={t('needForm.publishFailed')}>
            {publishError}
          </Notice>
        )}
        <p>{isDraft ? t('needForm.publishNote') : t('needForm.updateNote')}</p>
        {askNote && (
          <p className="offer-card__label" data-testid="ask-publish-note">
            {askNote}
          </p>
        )}
        <div className="button-row">
          <Button onClick={onPublish} disabled={publishing} data-testid="need-publish">
            {isDraft ? t('needForm.publish') : t('needForm.saveChanges')}
          </Button>
          <Button variant="secondary" onClick={onBack} data-testid="need-back-to-edit">
            {t('needForm.backToEdit')}
          </Button>
        </div>
        {saveStatus}
      </Stack>
    </Container>
  );
}
