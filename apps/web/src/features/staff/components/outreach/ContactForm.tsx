import { useMutation } from '@apollo/client/react';
import {
  type NpoContactSource,
  OutreachContactFieldsFragmentDoc,
  type OutreachContactFieldsFragment,
  OutreachRecordContactDocument,
} from '@tsunagu/shared/graphql-client';
import { Button, ErrorSummary, Stack, TextField } from '@tsunagu/shared/ui';
import { todayInJapan } from '@tsunagu/shared/util';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TryAgainNotice } from '../../../../app/TryAgainNotice';
import { fieldErrors } from '../../../needs/need-format';
import { RequiredChoiceGroup } from '../../../../shared/RequiredChoiceGroup';
import { prependToCachedList } from '../../../../shared/prepend-to-cached-list';
import { type ContactField, type ContactFormValues, contactInput, contactProblems } from '../../contact-form-checks';

const SOURCES: readonly NpoContactSource[] = ['FILING', 'PHONE', 'VISIT', 'MAIL', 'OTHER'];
const FIELDS: readonly ContactField[] = ['phone', 'email', 'contactPerson', 'source', 'notedOn'];

const blank = (): ContactFormValues => ({
  phone: '',
  email: '',
  contactPerson: '',
  source: null,
  sourceNote: '',
  notedOn: todayInJapan(),
});

export interface ContactFormProps {
  npoId: string;
  npoName: string;
  onRecorded: (contact: OutreachContactFieldsFragment) => void;
}

/** A phone, an email or a person for one NPO, with where staff learnt it and when (staff only, logged). */
export function ContactForm({ npoId, npoName, onRecorded }: ContactFormProps) {
  const { t } = useTranslation();
  const [values, setValues] = useState<ContactFormValues>(blank);
  const [submits, setSubmits] = useState(0);
  const [saved, setSaved] = useState(false);
  const [record, { loading, error }] = useMutation(OutreachRecordContactDocument, {
    update: (cache, { data }) =>
      prependToCachedList(cache, 'npoContacts', OutreachContactFieldsFragmentDoc, data?.recordNpoContact, (list) =>
        list.includes(JSON.stringify(npoId)),
      ),
  });
  const id = (field: ContactField) => `contact-${npoId}-${field}`;
  const local = contactProblems(t, values, todayInJapan());
  // The API names the field it refused ('phone', or 'input.phone' from deeper checks).
  const server = Object.fromEntries(
    Object.entries(fieldErrors(error)).map(([field, message]) => [field.split('.').pop() ?? field, message]),
  );
  const problem = (field: ContactField) => (submits > 0 ? (local[field] ?? server[field]) : server[field]);
  const set = (patch: Partial<ContactFormValues>) => {
    setSaved(false);
    setValues((v) => ({ ...v, ...patch }));
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setSubmits((n) => n + 1);
    if (Object.keys(local).length > 0) return;
    void record({ variables: { npoId, input: contactInput(values) } }).then(
      (r) => {
        if (!r.data) return;
        setValues(blank());
        setSubmits(0);
        setSaved(true);
        onRecorded(r.data.recordNpoContact);
      },
      () => undefined,
    );
  };

  const summary = FIELDS.filter((f) => problem(f)).map((f) => ({ fieldId: id(f), message: problem(f) }));
  return (
    <form noValidate onSubmit={submit} aria-label={t('outreach.contact.formFor', { name: npoName })}>
      <Stack gap="md">
        {submits > 0 && <ErrorSummary title={t('outreach.fixErrors')} focusKey={submits} errors={summary} />}
        <TextField
          id={id('phone')}
          type="tel"
          inputMode="tel"
          autoComplete="off"
          label={t('outreach.contact.phone')}
          hint={t('outreach.contact.phoneHint')}
          value={values.phone}
          onChange={(e) => set({ phone: e.target.value })}
          error={problem('phone')}
          maxLength={30}
          data-testid="contact-phone"
        />
        <TextField
          id={id('email')}
          type="email"
          autoComplete="off"
          label={t('outreach.contact.email')}
          hint={t('form.emailHint')}
          value={values.email}
          onChange={(e) => set({ email: e.target.value })}
          error={problem('email')}
          maxLength={254}
          data-testid="contact-email"
        />
        <TextField
          id={id('contactPerson')}
          autoComplete="off"
          label={t('outreach.contact.person')}
          hint={t('outreach.contact.personHint')}
          value={values.contactPerson}
          onChange={(e) => set({ contactPerson: e.target.value })}
          error={problem('contactPerson')}
          maxLength={100}
          data-testid="contact-person"
        />
        <RequiredChoiceGroup<NpoContactSource>
          anchorId={id('source')}
          type="radio"
          name={`contact-${npoId}-source`}
          legend={t('outreach.contact.from')}
          error={problem('source')}
          columns
          options={SOURCES.map((s) => ({
            value: s,
            label: t(`outreach.contact.source.${s}`),
            testId: `contact-source-${s}`,
          }))}
          value={values.source}
          onChange={(source) => set({ source })}
        />
        <TextField
          label={t('outreach.contact.sourceNote')}
          hint={t('outreach.contact.sourceNoteHint')}
          value={values.sourceNote}
          onChange={(e) => set({ sourceNote: e.target.value })}
          maxLength={200}
          data-testid="contact-source-note"
        />
        <TextField
          id={id('notedOn')}
          type="date"
          label={t('outreach.contact.notedOn')}
          required
          requiredLabel={t('form.requiredLabel')}
          value={values.notedOn}
          max={todayInJapan()}
          onChange={(e) => set({ notedOn: e.target.value })}
          error={problem('notedOn')}
          data-testid="contact-noted-on"
        />
        {error && Object.keys(server).length === 0 && <TryAgainNotice error={error} />}
        <p role="status" aria-live="polite">
          {saved ? t('outreach.contact.saved') : ''}
        </p>
        <div>
          <Button type="submit" disabled={loading} data-testid="contact-submit">
            {t('outreach.contact.submit')}
          </Button>
        </div>
      </Stack>
    </form>
  );
}
