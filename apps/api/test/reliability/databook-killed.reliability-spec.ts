import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { SessionClient } from '../accounts/session-client';
import { TEST_ENV } from '../test-env.constant';
import { createTestDatabase, testMeilisearch } from '../test-services';

const DIST = join(process.cwd(), 'dist/apps/api/apps/api/src');
const MAIN = join(DIST, 'main.js');
const CLI = join(DIST, 'cli/main.js');
const FIXTURE = join(__dirname, '../../../../libs/matching/api/eval/kitakyushu-npos-sample.zip');
const STAFF = { email: 'databook-staff@city.example.jp', password: 'databook-killed-1' };

interface Job {
  status: 'QUEUED' | 'RUNNING' | 'DONE' | 'FAILED';
  progress: number;
  error: string | null;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/**
 * `kill -9` of the real, built product while it draws a data book, then a restart: the book does
 * not stay RUNNING for half an hour; it is drawn again (DONE) or FAILED with a plain message within
 * a minute, and the progress staff watch never goes backwards.
 */
describe('a data book whose product was killed half-way', () => {
  let env: NodeJS.ProcessEnv;
  let baseUrl: string;
  let cleanup: () => Promise<void>;
  const children: ChildProcess[] = [];

  beforeAll(async () => {
    for (const file of [MAIN, CLI]) if (!existsSync(file)) throw new Error(`${file} is missing: build the API first`);
    const db = await createTestDatabase();
    const meili = testMeilisearch();
    const port = await freePort();
    baseUrl = `http://127.0.0.1:${port}`;
    env = {
      PATH: process.env['PATH'],
      NODE_ENV: 'development',
      PORT: String(port),
      DATA_DIR: await mkdtemp(join(process.env[TEST_ENV.tmpDir] as string, 'databook-killed-')),
      DATABASE_URL: db.url,
      MEILI_URL: meili.url,
      MEILI_MASTER_KEY: meili.apiKey,
      MEILI_INDEX_PREFIX: meili.indexPrefix,
      SEED_DEMO: 'false',
      LOG_LEVEL: 'warn',
    };
    cleanup = async () => {
      for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await Promise.all([db.drop(), meili.deleteIndexes()]);
    };
    // The operator's way in: the CLI imports the city's open data and makes a staff account.
    const cli = promisify(execFile);
    await cli(process.execPath, [CLI, 'import-npos', FIXTURE], { env, maxBuffer: 16 * 1024 * 1024 });
    await cli(
      process.execPath,
      [CLI, 'create-user', '--role', 'staff', '--email', STAFF.email, '--password', STAFF.password],
      {
        env,
      },
    );
  }, 180_000);
  afterAll(async () => {
    await cleanup?.();
  });

  async function startProduct(): Promise<ChildProcess> {
    const child = spawn(process.execPath, [MAIN], { env, stdio: ['ignore', 'ignore', 'pipe'] });
    children.push(child);
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)));
    for (const until = Date.now() + 90_000; Date.now() < until;) {
      if (child.exitCode !== null) throw new Error(`the product exited (${child.exitCode}): ${stderr}`);
      const ok = await fetch(`${baseUrl}/health`).then(
        (r) => r.ok,
        () => false,
      );
      if (ok) return child;
      await sleep(200);
    }
    throw new Error(`the product did not start: ${stderr}`);
  }

  it('is drawn again or FAILED within a minute of the restart, and its progress never decreases', async () => {
    let product = await startProduct();
    let staff = await new SessionClient(baseUrl).signIn(STAFF.email, STAFF.password);
    const started = await staff.gql<{ generateDataBook: { id: string } }>(
      `mutation($i: GenerateDataBookInput!) { generateDataBook(input: $i) { id } }`,
      { i: { editionYear: 2026, groupBy: 'FIELD' } },
    );
    const id = started.data!.generateDataBook.id;
    const seen: number[] = [];
    const poll = async (): Promise<Job> => {
      const r = await staff.gql<{ dataBookJob: Job }>(
        `query($id: ID!) { dataBookJob(id: $id) { status progress error } }`,
        {
          id,
        },
      );
      const job = r.data!.dataBookJob;
      seen.push(job.progress);
      return job;
    };

    // Wait until it is well under way, then kill -9 the whole product.
    let job = await poll();
    for (const until = Date.now() + 120_000; job.progress < 0.2 && Date.now() < until;) {
      expect(job.status).not.toMatch(/DONE|FAILED/);
      await sleep(100);
      job = await poll();
    }
    expect(job).toMatchObject({ status: 'RUNNING' });
    expect(job.progress).toBeGreaterThanOrEqual(0.2);
    expect(job.progress).toBeLessThan(1);
    const exited = new Promise((resolve) => product.once('exit', resolve));
    product.kill('SIGKILL');
    await exited;

    const restartedAt = Date.now();
    product = await startProduct();
    staff = await new SessionClient(baseUrl).signIn(STAFF.email, STAFF.password);
    job = await poll();
    while (!['DONE', 'FAILED'].includes(job.status) && Date.now() - restartedAt < 60_000) {
      await sleep(500);
      job = await poll();
    }
    expect(Date.now() - restartedAt).toBeLessThan(60_000);
    if (job.status === 'FAILED') expect(job.error).toContain('途中で処理が止まりました');
    else expect(job).toMatchObject({ status: 'DONE', progress: 1 });
    // Across every poll, before and after the kill, the bar only moved forward.
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    // DONE here: the first death is retried, not failed.
    expect(job.status).toBe('DONE');
    const pdf = await fetch(`${baseUrl}/api/databooks/${id}.pdf`, { headers: { cookie: staff.cookie } });
    expect(pdf.status).toBe(200);
    expect(
      Buffer.from(await pdf.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
  }, 300_000);
});
