import { readFile } from 'node:fs/promises';
import { type TestApp, startTestApp } from '../test-services';
import { gql } from './graphql-client';
import { OpenDataFixture } from './open-data-fixture';

const RUN = `query($id: ID!) { npoImportRun(id: $id) {
  status source fileName fileBytes processedRows inserted updated unchanged rejected message rejections { rowNumber reason }
} }`;

interface Run {
  status: string;
  source: string;
  fileName: string;
  fileBytes: number;
  processedRows: number;
  inserted: number;
  rejected: number;
  message: string | null;
}

/** Staff upload an open-data file from the web page: POST /api/imports/npos, then follow the run. */
describe('NPO import upload', () => {
  let t: TestApp;
  let fixture: OpenDataFixture;

  beforeAll(async () => {
    t = await startTestApp();
    fixture = await OpenDataFixture.create();
  });
  afterAll(async () => {
    await t?.close();
  });

  async function upload(path: string, name: string): Promise<Response> {
    const form = new FormData();
    form.append('file', new Blob([await readFile(path)]), name);
    return fetch(`${t.baseUrl}/api/imports/npos`, { method: 'POST', body: form });
  }

  async function finished(id: string): Promise<Run> {
    for (const until = Date.now() + 30_000; Date.now() < until;) {
      const run = (await gql<{ npoImportRun: Run }>(t.baseUrl, RUN, { id })).data?.npoImportRun;
      if (run && run.status !== 'RUNNING') return run;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error('the import did not finish');
  }

  it('accepts the portal ZIP, answers at once with the run id, and the run reports its result', async () => {
    const rows = fixture.rows({ count: 30, outsideCityCount: 0, seed: 21 });
    const res = await upload(await fixture.zip('upload', rows), '北九州市_NPO_2026.zip');
    expect(res.status).toBe(202);
    const { importRunId } = (await res.json()) as { importRunId: string };
    const run = await finished(importRunId);
    expect(run).toMatchObject({
      status: 'SUCCEEDED',
      source: 'UPLOAD',
      fileName: '北九州市_NPO_2026.zip',
      processedRows: 30,
      rejected: 0,
    });
    expect(run.inserted).toBeGreaterThan(25);
    const list = await gql<{ npoImportRuns: Array<{ id: string }> }>(t.baseUrl, `{ npoImportRuns(limit: 5) { id } }`);
    expect(list.data?.npoImportRuns.map((r) => r.id)).toContain(importRunId);
  });

  it('records a refused file with a message a staff member understands', async () => {
    const res = await upload(await fixture.raw('meeting.csv', '日時,場所\n11/30,市民センター\n'), 'meeting.csv');
    expect(res.status).toBe(202);
    const run = await finished(((await res.json()) as { importRunId: string }).importRunId);
    expect(run.status).toBe('REFUSED');
    expect(run.message).toContain('見出し');
  });

  it('asks for a file when none is sent', async () => {
    const res = await fetch(`${t.baseUrl}/api/imports/npos`, { method: 'POST', body: new FormData() });
    expect(res.status).toBe(400);
    expect(JSON.stringify(await res.json())).toContain('ファイルを選んでください');
  });
});
