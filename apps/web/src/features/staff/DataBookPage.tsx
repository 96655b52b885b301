import { useQuery } from '@apollo/client/react';
import {
  type DataBookGroupBy,
  DataBookJobsDocument,
  type DataBookPageSize,
  DataBookPreviewDocument,
  DataBookQrTargetDocument,
} from '@tsunagu/shared/graphql-client';
import { Button, ChoiceGroup, Container, Notice, PageHeading, Stack, TextField } from '@tsunagu/shared/ui';
import { ACTIVITY_FIELDS, KITAKYUSHU_WARDS } from '@tsunagu/shared/util';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../app/usePageTitle';
import { errorMessage } from '../accounts/field-checks';
import { activityFieldLabel } from '../npos/activity-field-label';
import { JobLine } from './components/JobLine';
import { JobProgress } from './components/JobProgress';
import { StaffOnlyPage } from './components/StaffOnlyPage';
import { useGenerateDataBook } from './hooks/useGenerateDataBook';
import { TryAgainNotice } from '../../app/TryAgainNotice';
import { useTextInput } from '../../shared/useTextInput';

const MORE = ['certifiedOnly', 'claimedOnly', 'withContacts', 'includeOtherHelpers'] as const;
type More = Record<(typeof MORE)[number], boolean>;
/** The options' labels; 企業・大学などの協力者 has its own namespace (issue #17). */
const MORE_LABEL = {
  certifiedOnly: 'databook.certifiedOnly',
  claimedOnly: 'databook.claimedOnly',
  withContacts: 'databook.withContacts',
  includeOtherHelpers: 'databookHelpers.include',
} as const satisfies Record<(typeof MORE)[number], string>;

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
  const [more, setMore] = useState<More>({
    certifiedOnly: false,
    claimedOnly: false,
    withContacts: false,
    includeOtherHelpers: false,
  });
  const { certifiedOnly, claimedOnly, withContacts, includeOtherHelpers } = more;
  const [pageSize, setPageSize] = useState<DataBookPageSize>('A4');
  const [editionYear, setEditionYear] = useState(new Date().getFullYear());
  const title = useTextInput();
  const issuer = useTextInput();
  const input = {
    groupBy,
    wards,
    fields,
    certifiedOnly,
    claimedOnly,
    withContacts,
    includeOtherHelpers,
    pageSize,
    editionYear,
    title: title.value.trim() || null,
    issuer: issuer.value.trim() || null,
  };
  // The wards and the fields narrow the book; choosing none takes them all.
  const noneMeansAll = { type: 'checkbox', hint: t('databook.noneMeansAll'), columns: true } as const;
  const preview = useQuery(DataBookPreviewDocument, { variables: { input } });
  const books = useQuery(DataBookJobsDocument);
  const qr = useQuery(DataBookQrTargetDocument).data?.dataBookQrTarget;
  const [generate, generating] = useGenerateDataBook();
  const [jobId, setJobId] = useState<string | null>(null);
  // The same selection as a spreadsheet, for staff who edit by hand.
  const selection = new URLSearchParams([
    ...wards.map((w) => ['ward', w]),
    ...fields.map((f) => ['field', String(f)]),
    ...(certifiedOnly ? [['certifiedOnly', 'true']] : []),
    ...(claimedOnly ? [['claimedOnly', 'true']] : []),
    ...(withContacts ? [['withContacts', 'true']] : []),
    ...(includeOtherHelpers ? [['includeOtherHelpers', 'true']] : []),
  ]).toString();

  if (books.error && !books.data) {
    return (
      <StaffOnlyPage title={t('databook.title')} reason={errorMessage(books.error, t('staffImport.forbiddenBody'))} />
    );
  }

  return (
    <Container className="page">
      <Stack gap="lg">
        <PageHeading lead={t('databook.lead')}>{t('databook.title')}</PageHeading>
        {qr &&
          (qr.local ? (
            <Notice tone="warning" title={t('databook.qrLocalTitle')}>
              <p data-testid="databook-qr-target">{t('databook.qrTarget', { url: qr.url })}</p>
              <p>{t('databook.qrLocalBody')}</p>
            </Notice>
          ) : (
            <p data-testid="databook-qr-target">{t('databook.qrTarget', { url: qr.url })}</p>
          ))}
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void generate({ variables: { input } }).then(
              (r) => {
                if (r.data) setJobId(r.data.generateDataBook.id);
              },
              () => undefined,
            );
          }}
        >
          <Stack gap="md">
            <ChoiceGroup
              type="radio"
              name="groupBy"
              legend={t('databook.groupBy')}
              options={(['FIELD', 'WARD'] as const).map((g) => ({ value: g, label: t(`databook.groupByOption.${g}`) }))}
              value={groupBy}
              onChange={setGroupBy}
            />
            <ChoiceGroup
              {...noneMeansAll}
              legend={t('databook.wards')}
              options={KITAKYUSHU_WARDS.map((w) => ({ value: w, label: w }))}
              value={wards}
              onChange={setWards}
            />
            <ChoiceGroup
              {...noneMeansAll}
              legend={t('databook.fields')}
              options={ACTIVITY_FIELDS.map((f) => ({
                value: String(f.id),
                label: activityFieldLabel(f.id, i18n.resolvedLanguage),
              }))}
              value={fields.map(String)}
              onChange={(chosen: string[]) => setFields(chosen.map(Number))}
            />
            <ChoiceGroup
              type="checkbox"
              legend={t('databook.more')}
              options={MORE.map((key) => ({ value: key, label: t(MORE_LABEL[key]) }))}
              value={MORE.filter((key) => more[key])}
              onChange={(chosen) => setMore(Object.fromEntries(MORE.map((key) => [key, chosen.includes(key)])) as More)}
            />
            <ChoiceGroup
              type="radio"
              name="pageSize"
              legend={t('databook.pageSize')}
              options={(['A4', 'A5'] as const).map((size) => ({ value: size, label: size }))}
              value={pageSize}
              onChange={setPageSize}
            />
            <TextField
              id="databook-year"
              label={t('databook.year')}
              type="number"
              inputMode="numeric"
              min={2000}
              max={2100}
              value={editionYear}
              onChange={(e) => setEditionYear(Number(e.target.value) || new Date().getFullYear())}
            />
            <TextField
              label={t('databook.coverTitle')}
              hint={t('databook.coverTitleHint')}
              maxLength={40}
              {...title.bind}
            />
            <TextField label={t('databook.issuer')} hint={t('databook.issuerHint')} maxLength={60} {...issuer.bind} />
            <p role="status" aria-live="polite" className="databook__estimate" data-testid="databook-estimate">
              {preview.data
                ? t('databook.estimate', {
                    npos: preview.data.dataBookPreview.npos,
                    pages: preview.data.dataBookPreview.pages,
                  })
                : t('npos.searching')}
            </p>
            <TryAgainNotice error={generating.error} />
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
        {jobId && <JobProgress id={jobId} />}
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
