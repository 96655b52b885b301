import { readFile } from 'node:fs/promises';
import iconv from 'iconv-lite';
import { OPEN_DATA_COLUMNS, zipOpenDataCsv } from '@tsunagu/npo/open-data';
import { AccountService } from '@tsunagu/accounts/api';
import { SessionClient } from '../accounts/session-client';
import { type TestApp, startTestApp } from '../test-services';
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

  let staff: SessionClient;
  let member: SessionClient;

  beforeAll(async () => {
    t = await startTestApp();
    fixture = await OpenDataFixture.create();
    const accounts = t.app.get(AccountService);
    await accounts.create({
      email: 'import-staff@example.jp',
      password: 'upload-staff-1',
      displayName: '職員',
      role: 'STAFF',
    });
    await accounts.create({ email: 'import-member@example.jp', password: 'upload-member-1', displayName: '会員' });
    staff = await new SessionClient(t.baseUrl).signIn('import-staff@example.jp', 'upload-staff-1');
    member = await new SessionClient(t.baseUrl).signIn('import-member@example.jp', 'upload-member-1');
  });
  afterAll(async () => {
    await t?.close();
  });

  async function upload(path: string, name: string, as: SessionClient | null = staff): Promise<Response> {
    const form = new FormData();
    form.append('file', new Blob([await readFile(path)]), name);
    return fetch(`${t.baseUrl}/api/imports/npos`, {
      method: 'POST',
      body: form,
      headers: as ? { cookie: as.cookie } : {},
    });
  }

  async function finished(id: string): Promise<Run> {
    for (const until = Date.now() + 30_000; Date.now() < until;) {
      const run = (await staff.gql<{ npoImportRun: Run }>(RUN, { id })).data?.npoImportRun;
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
    const list = await staff.gql<{ npoImportRuns: Array<{ id: string; startedBy: string }> }>(
      `{ npoImportRuns(limit: 5) { id startedBy } }`,
    );
    expect(list.data?.npoImportRuns[0].startedBy).toBe('職員 <import-staff@example.jp>');
    expect(list.data?.npoImportRuns.map((r) => r.id)).toContain(importRunId);
  });

  it('records a refused file with a message a staff member understands', async () => {
    const res = await upload(await fixture.raw('meeting.csv', '日時,場所\n11/30,市民センター\n'), 'meeting.csv');
    expect(res.status).toBe(202);
    const run = await finished(((await res.json()) as { importRunId: string }).importRunId);
    expect(run.status).toBe('REFUSED');
    expect(run.message).toContain('見出し');
  });

  it.each(['csv', 'zip'])(
    'refuses a %s whose header has 59 columns, and the API keeps answering /health (issue #11, case 1)',
    async (kind) => {
      const header = OPEN_DATA_COLUMNS.slice(0, 59).join(',');
      const lines = Array.from({ length: 5_000 }, (_, i) => `団体${i}${','.repeat(58)}`);
      const csv = iconv.encode(`${header}\r\n${lines.join('\r\n')}\r\n`, 'cp932');
      const path = await fixture.raw(`h59.${kind}`, kind === 'zip' ? zipOpenDataCsv('h59.csv', csv) : csv);
      // The app runs inside this test process: an unhandled stream error (which kills the real
      // server) shows up here as an uncaught exception.
      const uncaught: unknown[] = [];
      const listener = (error: unknown) => uncaught.push(error);
      process.on('uncaughtException', listener);
      try {
        const res = await upload(path, `h59.${kind}`);
        expect(res.status).toBe(202);
        const run = await finished(((await res.json()) as { importRunId: string }).importRunId);
        expect(run.status).toBe('REFUSED');
        expect(run.message).toContain('見出しの列の数が59です');
        await new Promise((r) => setTimeout(r, 200)); // time for a late stream error to surface
      } finally {
        process.off('uncaughtException', listener);
      }
      expect(uncaught).toEqual([]);
      const health = await fetch(`${t.baseUrl}/health`);
      expect(health.status).toBe(200);
    },
  );

  it('lets only staff upload: anonymous 401, a member 403, and nothing is recorded', async () => {
    const path = await fixture.zip('refused', fixture.rows({ count: 3, outsideCityCount: 0 }));
    expect((await upload(path, 'anon.zip', null)).status).toBe(401);
    expect((await upload(path, 'member.zip', member)).status).toBe(403);
    const runs = await staff.gql<{ npoImportRuns: Array<{ fileName: string }> }>(
      `{ npoImportRuns(limit: 20) { fileName } }`,
    );
    expect(runs.data?.npoImportRuns.map((r) => r.fileName)).not.toContain('member.zip');
  });

  it('asks for a file when none is sent', async () => {
    const res = await fetch(`${t.baseUrl}/api/imports/npos`, {
      method: 'POST',
      body: new FormData(),
      headers: { cookie: staff.cookie },
    });
    expect(res.status).toBe(400);
    expect(JSON.stringify(await res.json())).toContain('ファイルを選んでください');
  });
});
