import '../../../i18n/i18n';
import { HelperListImportRunsDocument, NpoImportRunDocument } from '@tsunagu/shared/graphql-client';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { renderWithMocks } from '../../../shared/testing/render-with-mocks';
import { uploadFile } from '../upload-file';
import { HelperListImportSection } from './HelperListImportSection';

vi.mock('../upload-file', () => ({ uploadFile: vi.fn() }));

const run = (over: Record<string, unknown>) => ({
  __typename: 'NpoImportRun',
  id: 'run-1',
  status: 'SUCCEEDED',
  source: 'UPLOAD',
  startedBy: '職員 <staff@example.jp>',
  startedAt: '2026-12-01T01:00:00.000Z',
  finishedAt: '2026-12-01T01:00:02.000Z',
  fileName: '協力企業一覧.csv',
  fileBytes: 1200,
  processedRows: 3,
  inserted: 3,
  updated: 0,
  unchanged: 0,
  rejected: 0,
  markedNotInLatest: 0,
  message: null,
  ...over,
});
const history = (runs: unknown[]) => ({
  request: { query: HelperListImportRunsDocument, variables: { limit: 20 } },
  result: { data: { npoImportRuns: runs } },
});

describe(HelperListImportSection.name, () => {
  beforeEach(() => vi.mocked(uploadFile).mockReset());

  it('explains the columns, says missing helpers are kept, and lists earlier list imports', async () => {
    renderWithMocks(<HelperListImportSection />, [history([run({})])]);
    expect(screen.getByRole('heading', { name: '企業・大学などの一覧を取り込む' })).toBeTruthy();
    expect(screen.getByText('一覧にない団体は消えません')).toBeTruthy();
    expect(screen.getByText(/NPO法人は国の公開データから入る/)).toBeTruthy();
    const table = await screen.findByTestId('helper-import-runs');
    expect(table.textContent).toContain('協力企業一覧.csv');
    expect(table.textContent).toContain('追加 3');
  });

  it('asks for a file before sending', async () => {
    renderWithMocks(<HelperListImportSection />, [history([])]);
    await userEvent.click(screen.getByTestId('helper-import-submit'));
    expect(await screen.findByText('一覧のファイルを選んでください。')).toBeTruthy();
    expect(uploadFile).not.toHaveBeenCalled();
  });

  it('sends the list to /api/imports/helpers and lists each rejected row with its number and reason', async () => {
    vi.mocked(uploadFile).mockResolvedValue({ status: 202, body: { importRunId: 'run-2' } });
    const refused = {
      request: { query: NpoImportRunDocument, variables: { id: 'run-2' } },
      result: {
        data: {
          npoImportRun: {
            ...run({ id: 'run-2', status: 'REFUSED', inserted: 0, rejected: 1, message: 'どの行も取り込んでいません' }),
            rejections: [
              {
                __typename: 'ImportRejection',
                rowNumber: 3,
                reason: '区は北九州市の7つの区のどれか',
                name: '博多の会社',
              },
            ],
          },
        },
      },
    };
    renderWithMocks(<HelperListImportSection />, [history([]), refused]);
    const file = new File(['種別,名称,できること\n'], 'list.csv', { type: 'text/csv' });
    await userEvent.upload(screen.getByTestId('helper-import-file'), file);
    await userEvent.click(screen.getByTestId('helper-import-submit'));
    expect(vi.mocked(uploadFile).mock.calls[0][0]).toBe('/api/imports/helpers');
    const table = await screen.findByRole('table', { name: '読めなかった行' });
    const cells = within(table)
      .getAllByRole('cell')
      .map((c) => c.textContent);
    expect(cells).toEqual(['3', '区は北九州市の7つの区のどれか', '博多の会社']);
    expect(screen.getByText('どの行も取り込んでいません')).toBeTruthy();
    expect(screen.queryByText('最新データにない団体')).toBeNull();
  });
});
