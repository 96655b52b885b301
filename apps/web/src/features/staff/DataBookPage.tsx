import { useMutation, useQuery } from '@apollo/client/react';
import {
  type DataBookGroupBy,
  DataBookJobDocument,
  type DataBookJobFieldsFragment,
  DataBookJobsDocument,
  type DataBookPageSize,
  DataBookPreviewDocument,
  GenerateDataBookDocument,
} from '@tsunagu/shared/graphql-client';
import { Button, Container, Notice, PageHeading, Stack, TextField } from '@tsunagu/shared/ui';
import { ACTIVITY_FIELDS, KITAKYUSHU_WARDS } from '@tsunagu/shared/util';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usePageTitle } from '../../app/usePageTitle';
import { errorMessage } from '../accounts/field-checks';
import { activityFieldLabel } from '../npos/activity-field-label';

const toggle = <T,>(list: readonly T[], value: T): T[] =>
  list.includes(value) ? list.filter((v) => v !== value) : [...list, value];

/**
 * Staff: choose what goes into the data book, see how many NPOs and pages that makes, then
 * make it in the background and download the PDF when it is ready.
 */
export function DataBookPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('databook.title'));
  const [groupBy, setGroupBy] = useState<DataBookGroupBy>('FIELD');
  const [wards, setWards] = useState<string[]>([]);
  const [fields, setFields] = useState<number[]>([]);
  const [certifiedOnly, setCertifiedOnly] = useState(false);
  const [claimedOnly, setClaimedOnly] = useState(false);
  const [withContacts, setWithContacts] = useState(false);
  const [pageSize, setPageSize] = useState<DataBookPageSize>('A4');
  const [editionYear, setEditionYear] = useState(new Date().getFullYear());
  const [title, setTitle] = useState('');
  const [issuer, setIssuer] = useState('');
  const input = {
    groupBy,
    wards,
    fields,
    certifiedOnly,
    claimedOnly,
    withContacts,
    pageSize,
    editionYear,
    title: title.trim() || null,
    issuer: issuer.trim() || null,
  };
  const preview = useQuery(DataBookPreviewDocument, { variables: { input } });
  const books = useQuery(DataBookJobsDocument);
  const [generate, generating] = useMutation(GenerateDataBookDocument);
  const [jobId, setJobId] = useState<string | null>(null);
  // The same selection as a spreadsheet, for staff who edit by hand.
  const selection = new URLSearchParams([
    ...wards.map((w) => ['ward', w]),
    ...fields.map((f) => ['field', String(f)]),
    ...(certifiedOnly ? [['certifiedOnly', 'true']] : []),
    ...(claimedOnly ? [['claimedOnly', 'true']] : []),
    ...(withContacts ? [['withContacts', 'true']] : []),
  ]).toString();

  if (books.error && !books.data) {
    return (
      <Container width="narrow" className="page">
        <Stack gap="lg">
          <PageHeading>{t('databook.title')}</PageHeading>
          <Notice tone="warning" title={t('staffImport.forbidden')}>
            {errorMessage(books.error, t('staffImport.forbiddenBody'))}{' '}
            <Link to="/login?next=/staff/databook">{t('nav.login')}</Link>
          </Notice>
        </Stack>
      </Container>
    );
  }

  return (
    <Container className="page">
      <Stack gap="lg">
        <PageHeading lead={t('databook.lead')}>{t('databook.title')}</PageHeading>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void generate({ variables: { input } }).then(
              (r) => {
                if (r.data) setJobId(r.data.generateDataBook.id);
                void books.refetch();
              },
              () => undefined,
            );
          }}
        >
          <Stack gap="md">
            <fieldset className="need-form__group">
              <legend className="ui-field__label">{t('databook.groupBy')}</legend>
              {(['FIELD', 'WARD'] as const).map((g) => (
                <label key={g} className="checkbox">
                  <input type="radio" name="groupBy" checked={groupBy === g} onChange={() => setGroupBy(g)} />
                  {t(`databook.groupByOption.${g}`)}
                </label>
              ))}
            </fieldset>
            <fieldset className="need-form__group">
              <legend className="ui-field__label">{t('databook.wards')}</legend>
              <p className="ui-field__hint">{t('databook.noneMeansAll')}</p>
              <div className="checkbox-grid">
                {KITAKYUSHU_WARDS.map((w) => (
                  <label key={w} className="checkbox">
                    <input type="checkbox" checked={wards.includes(w)} onChange={() => setWards(toggle(wards, w))} />
                    {w}
                  </label>
                ))}
              </div>
            </fieldset>
            <fieldset className="need-form__group">
              <legend className="ui-field__label">{t('databook.fields')}</legend>
              <p className="ui-field__hint">{t('databook.noneMeansAll')}</p>
              <div className="checkbox-grid">
                {ACTIVITY_FIELDS.map((f) => (
                  <label key={f.id} className="checkbox">
                    <input
                      type="checkbox"
                      checked={fields.includes(f.id)}
                      onChange={() => setFields(toggle(fields, f.id))}
                    />
                    {activityFieldLabel(f.id, i18n.resolvedLanguage)}
                  </label>
                ))}
              </div>
            </fieldset>
            <fieldset className="need-form__group">
              <legend className="ui-field__label">{t('databook.more')}</legend>
              <label className="checkbox">
                <input type="checkbox" checked={certifiedOnly} onChange={(e) => setCertifiedOnly(e.target.checked)} />
                {t('databook.certifiedOnly')}
              </label>
              <label className="checkbox">
                <input type="checkbox" checked={claimedOnly} onChange={(e) => setClaimedOnly(e.target.checked)} />
                {t('databook.claimedOnly')}
              </label>
              <label className="checkbox">
                <input type="checkbox" checked={withContacts} onChange={(e) => setWithContacts(e.target.checked)} />
                {t('databook.withContacts')}
              </label>
            </fieldset>
            <fieldset className="need-form__group">
              <legend className="ui-field__label">{t('databook.pageSize')}</legend>
              {(['A4', 'A5'] as const).map((size) => (
                <label key={size} className="checkbox">
                  <input type="radio" name="pageSize" checked={pageSize === size} onChange={() => setPageSize(size)} />
                  {size}
                </label>
              ))}
            </fieldset>
            <div className="ui-field">
              <label className="ui-field__label" htmlFor="databook-year">
                {t('databook.year')}
              </label>
              <input
                id="databook-year"
                className="ui-field__input"
                type="number"
                inputMode="numeric"
                min={2000}
                max={2100}
                value={editionYear}
                onChange={(e) => setEditionYear(Number(e.target.value) || new Date().getFullYear())}
              />
            </div>
            <TextField
              label={t('databook.coverTitle')}
              hint={t('databook.coverTitleHint')}
              value={title}
              onChange={(e) => setTitle(e.target.value)}
              maxLength={40}
            />
            <TextField
              label={t('databook.issuer')}
              hint={t('databook.issuerHint')}
              value={issuer}
              onChange={(e) => setIssuer(e.target.value)}
              maxLength={60}
            />
            <p role="status" aria-live="polite" className="databook__estimate" data-testid="databook-estimate">
              {preview.data
                ? t('databook.estimate', {
                    npos: preview.data.dataBookPreview.npos,
                    pages: preview.data.dataBookPreview.pages,
                  })
                : t('npos.searching')}
            </p>
            {generating.error && (
              <Notice tone="error" title={t('form.tryAgain')}>
                {errorMessage(generating.error, t('form.tryAgain'))}
              </Notice>
            )}
            <p className="button-row">
              <a href={`/api/databook-selection.csv?${selection}`} download data-testid="databook-csv">
                {t('databook.csv')}
              </a>
              <a href={`/api/databook-selection.xlsx?${selection}`} download data-testid="databook-xlsx">
                {t('databook.xlsx')}
              </a>
            </p>
            <div>
              <Button
                type="submit"
                disabled={generating.loading || preview.data?.dataBookPreview.npos === 0}
                data-testid="databook-generate"
              >
                {t('databook.generate')}
              </Button>
            </div>
          </Stack>
        </form>
        {jobId && <JobProgress id={jobId} onDone={() => void books.refetch()} />}
        <section aria-labelledby="databook-list">
          <h2 id="databook-list">{t('databook.made')}</h2>
          {books.data?.dataBookJobs.length === 0 && <p>{t('databook.none')}</p>}
          <ul className="plain-list" data-testid="databook-list">
            {books.data?.dataBookJobs.map((job) => (
              <li key={job.id}>
                <JobLine job={job} />
              </li>
            ))}
          </ul>
        </section>
      </Stack>
    </Container>
  );
}

function JobProgress({ id, onDone }: { id: string; onDone: () => void }) {
  const { t } = useTranslation();
  const { data, stopPolling } = useQuery(DataBookJobDocument, {
    variables: { id },
    pollInterval: 1_000,
  });
  const job = data?.dataBookJob;
  const finished = job?.status === 'DONE' || job?.status === 'FAILED';
  const [told, setTold] = useState(false);
  if (finished && !told) {
    setTold(true);
    stopPolling();
    onDone();
  }
  if (!job) return null;
  return (
    <Notice tone={job.status === 'FAILED' ? 'error' : 'info'} title={t(`databook.status.${job.status}`)}>
      <Stack gap="sm">
        {!finished && (
          <progress max={1} value={job.progress} aria-label={t('databook.progress')} data-testid="databook-progress">
            {Math.round(job.progress * 100)}%
          </progress>
        )}
        <JobLine job={job} />
      </Stack>
    </Notice>
  );
}

function JobLine({ job }: { job: DataBookJobFieldsFragment }) {
  const { t } = useTranslation();
  return (
    <p>
      {job.summary}
      {job.status === 'DONE' && job.downloadUrl ? (
        <>
          {' '}
          —{' '}
          {t('databook.size', {
            npos: job.npos,
            pages: job.pages,
            mb: ((job.bytes ?? 0) / 1_048_576).toFixed(1),
          })}{' '}
          <a href={job.downloadUrl} download data-testid="databook-download">
            {t('databook.download')}
          </a>
        </>
      ) : (
        <> — {t(`databook.status.${job.status}`)}</>
      )}
    </p>
  );
}
