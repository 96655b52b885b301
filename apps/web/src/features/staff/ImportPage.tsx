import { useApolloClient, useQuery } from '@apollo/client/react';
import { NpoImportRunDocument, NpoImportRunsDocument } from '@tsunagu/shared/graphql-client';
import { Button, Container, Notice, PageHeading, Stack, TextField } from '@tsunagu/shared/ui';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../app/usePageTitle';
import { HelperListImportSection } from './components/HelperListImportSection';
import { ImportRunReport } from './components/ImportRunReport';
import { ImportRunsTable } from './components/ImportRunsTable';
import { addToHistory } from './import-history';
import { uploadFile } from './upload-file';

/** Staff upload the national open-data file, follow the import, and read its report. */
export function ImportPage() {
  const { t } = useTranslation();
  usePageTitle(t('staffImport.title'));
  const [file, setFile] = useState<File | null>(null);
  const [uploading, setUploading] = useState<number | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [runId, setRunId] = useState<string | null>(null);

  const run = useQuery(NpoImportRunDocument, { variables: { id: runId ?? '' }, skip: !runId, pollInterval: 1000 });
  const current = run.data?.npoImportRun;
  const runs = useQuery(NpoImportRunsDocument, { variables: { limit: 20 } });
  const client = useApolloClient();
  const { stopPolling } = run;
  useEffect(() => {
    if (current && current.status !== 'RUNNING') {
      stopPolling();
      addToHistory(client.cache, current.id);
    }
  }, [current, stopPolling, client]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    if (!file) {
      setProblem(t('staffImport.chooseFile'));
      return;
    }
    setUploading(0);
    try {
      const result = await uploadFile('/api/imports/npos', file, setUploading);
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

  const forbidden = runs.error && /FORBIDDEN|UNAUTHENTICATED/.test(JSON.stringify(runs.error));
  return (
    <Container className="page">
      <Stack gap="lg">
        <PageHeading lead={t('staffImport.lead')}>{t('staffImport.title')}</PageHeading>
        {forbidden && (
          <Notice tone="warning" title={t('staffImport.forbidden')}>
            {t('staffImport.forbiddenBody')}
          </Notice>
        )}

        <form className="import-form" onSubmit={(e) => void submit(e)}>
          <Stack gap="md">
            <TextField
              label={t('staffImport.fileLabel')}
              hint={t('staffImport.fileHint')}
              type="file"
              accept=".zip,.csv,application/zip,text/csv"
              data-testid="import-file-input"
              onChange={(e) => setFile(e.target.files?.[0] ?? null)}
            />
            {problem && <Notice tone="error" title={problem} />}
            <div>
              <Button type="submit" disabled={uploading !== null} data-testid="import-submit">
                {t('staffImport.submit')}
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

        {current && <ImportRunReport run={current} />}

        <section aria-labelledby="import-runs-title">
          <h2 id="import-runs-title">{t('staffImport.history')}</h2>
          {runs.data && runs.data.npoImportRuns.length === 0 && <p>{t('staffImport.noRuns')}</p>}
          {runs.data && runs.data.npoImportRuns.length > 0 && <ImportRunsTable runs={runs.data.npoImportRuns} />}
        </section>

        {!forbidden && <HelperListImportSection />}
      </Stack>
    </Container>
  );
}
