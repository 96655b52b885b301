import { InMemoryCache } from '@apollo/client';
import {
  HelperListImportRunsDocument,
  ImportRunPartsFragmentDoc,
  NpoImportRunsDocument,
  type NpoImportRunsQuery,
} from '@tsunagu/shared/graphql-client';
import { describe, expect, it } from 'vitest';
import { addToHistory } from './import-history';

type Run = NpoImportRunsQuery['npoImportRuns'][number];
const run = (id: string, fileName: string): Run & { __typename: 'NpoImportRun' } => ({
  __typename: 'NpoImportRun' as const,
  id,
  status: 'SUCCEEDED',
  source: 'UPLOAD',
  startedBy: 'staff',
  startedAt: '2026-03-01T00:00:00Z',
  finishedAt: null,
  fileName,
  fileBytes: 1,
  processedRows: 1,
  inserted: 1,
  updated: 0,
  unchanged: 0,
  rejected: 0,
  markedNotInLatest: 0,
  message: null,
});

describe(addToHistory.name, () => {
  it('puts the finished run first, once', () => {
    const cache = new InMemoryCache();
    cache.writeQuery({
      query: NpoImportRunsDocument,
      variables: { limit: 20 },
      data: { npoImportRuns: [run('a', 'old.csv')] },
    });
    cache.writeFragment({ fragment: ImportRunPartsFragmentDoc, data: run('b', 'new.csv') });
    addToHistory(cache, 'b');
    addToHistory(cache, 'b');
    const names = cache
      .readQuery({ query: NpoImportRunsDocument, variables: { limit: 20 } })
      ?.npoImportRuns.map((r) => r.fileName);
    expect(names).toEqual(['new.csv', 'old.csv']);
  });

  it('puts a list of helpers in the history of lists only, not in the open data history', () => {
    const cache = new InMemoryCache();
    cache.writeQuery({
      query: NpoImportRunsDocument,
      variables: { limit: 20 },
      data: { npoImportRuns: [run('a', 'npo.zip')] },
    });
    cache.writeQuery({
      query: HelperListImportRunsDocument,
      variables: { limit: 20 },
      data: { npoImportRuns: [] },
    });
    cache.writeFragment({ fragment: ImportRunPartsFragmentDoc, data: run('b', 'list.csv') });
    addToHistory(cache, 'b', 'HELPER_LIST');
    const names = (query: typeof NpoImportRunsDocument | typeof HelperListImportRunsDocument) =>
      cache.readQuery({ query, variables: { limit: 20 } })?.npoImportRuns.map((r) => r.fileName);
    expect(names(NpoImportRunsDocument)).toEqual(['npo.zip']);
    expect(names(HelperListImportRunsDocument)).toEqual(['list.csv']);
  });
});
