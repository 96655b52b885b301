import { useApolloClient, useQuery } from '@apollo/client/react';
import { HelperListImportRunsDocument, NpoImportRunDocument } from '@tsunagu/shared/graphql-client';
import { Button, Notice, Stack, TextField } from '@tsunagu/shared/ui';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { HELPER_LIST_HEADINGS, helperListExampleCsv } from '../helper-list-example';
import { addToHistory } from '../import-history';
import { uploadFile } from '../upload-file';
import { ImportRunReport } from './ImportRunReport';
import { ImportRunsTable } from './ImportRunsTable';

const LIST_COUNTS = ['inserted', 'updated', 'unchanged', 'rejected'] as const;

/** Builds the example CSV in the browser, so it needs no server round trip. */
function downloadExample(): void {
  const url = URL.createObjectURL(new Blob([helperListExampleCsv()], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = 'kyoryokusha-ichiran-mihon.csv';
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** 「企業・大学などの一覧を取り込む」: staff upload the city's own list of companies and university groups. */
export function HelperListImportSection() {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [uploading, setUploading] = useState<number | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [runId, setRunId] = useState<string | null>(null);
  const run = useQuery(NpoImportRunDocument, { variables: { id: runId ?? '' }, skip: !runId, pollInterval: 1000 });
  const current = run.data?.npoImportRun;
  const runs = useQuery(HelperListImportRunsDocument, { variables: { limit: 20 } });
  const client = useApolloClient();
  const { stopPolling } = run;
  useEffect(() => {
    if (current && current.status !== 'RUNNING') {
      stopPolling();
      addToHistory(client.cache, current.id, 'HELPER_LIST');
    }
  }, [current, stopPolling, client]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    if (!file) {
      setProblem(t('helperImport.chooseFile'));
      return;
    }
    setUploading(0);
    try {
      const result = await uploadFile('/api/imports/helpers', file, setUploading);
      const body = result.body as { importRunId?: string; message?: string };
      if (result.status === 202 && body.importRunId) setRunId(body.importRunId);
      else if (result.status === 401 || result.status === 403) setProblem(t('staffImport.forbidden'));
      else setProblem(body.message ?? t('staffImport.uploadFailed'));
    } catch {
      setProblem(t('staffImport.uploadFailed'));
    } finally {
      setUploading(null);
    }
  };

  return (
    <section aria-labelledby="helper-import-title" data-testid="helper-import">
      <Stack gap="md">
        <h2 id="helper-import-title">{t('helperImport.title')}</h2>
        <p>{t('helperImport.lead')}</p>
        <details>
          <summary>{t('helperImport.columnsTitle')}</summary>
          <dl className="helper-import-columns">
            {HELPER_LIST_HEADINGS.map((heading) => (
              <div key={heading}>
                <dt>{heading}</dt>
                <dd>{t(`helperImport.columns.${heading}`)}</dd>
              </div>
            ))}
          </dl>
        </details>
        <div>
          <Button type="button" variant="secondary" onClick={downloadExample} data-testid="helper-import-example">
            {t('helperImport.example')}
          </Button>
        </div>
        <Notice tone="info" title={t('helperImport.notRemovedTitle')}>
          {t('helperImport.notRemoved')}
        </Notice>
        <form onSubmit={(e) => void submit(e)}>
          <Stack gap="md">
            <TextField
              label={t('helperImport.fileLabel')}
              hint={t('helperImport.fileHint')}
              type="file"
              accept=".csv,text/csv"
              data-testid="helper-import-file"
              onChange={(e) => setFile(e.target.files?.[0] ?? null)}
            />
            {problem && <Notice tone="error" title={problem} />}
            <div>
              <Button type="submit" disabled={uploading !== null} data-testid="helper-import-submit">
                {t('helperImport.submit')}
              </Button>
            </div>
            {uploading !== null && (
              <p role="status">
                {t('staffImport.uploading')}{' '}
                <progress max={1} value={uploading} aria-label={t('staffImport.uploading')} />
              </p>
            )}
          </Stack>
        </form>
        {current && <ImportRunReport run={current} counts={LIST_COUNTS} nameHeader={t('helperImport.name')} />}
        <h3>{t('helperImport.history')}</h3>
        {runs.data && runs.data.npoImportRuns.length === 0 && <p>{t('helperImport.noRuns')}</p>}
        {runs.data && runs.data.npoImportRuns.length > 0 && (
          <ImportRunsTable
            runs={runs.data.npoImportRuns}
            caption={t('helperImport.history')}
            testId="helper-import-runs"
          />
        )}
      </Stack>
    </section>
  );
}
