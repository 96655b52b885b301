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
  /** The last product's stderr, to say why it went away when it does. */
  let productLog = '';

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
    productLog = '';
    const child = spawn(process.execPath, [MAIN], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    children.push(child);
    let stderr = '';
    child.stdout?.on('data', (chunk: Buffer) => (productLog = (productLog + chunk.toString()).slice(-4000)));
    child.on('exit', (code, signal) => (productLog += `\n[exit ${code} ${signal}]`));
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString()).slice(-4000);
      productLog = (productLog + chunk.toString()).slice(-4000);
    });
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

  async function killHard(product: ChildProcess): Promise<void> {
    const exited = new Promise((resolve) => product.once('exit', resolve));
    product.kill('SIGKILL');
    await exited;
  }

  async function stop(product: ChildProcess): Promise<void> {
    const exited = new Promise((resolve) => product.once('exit', resolve));
    product.kill('SIGTERM');
    await exited;
  }

  /** Staff start a whole-city book and follow it; every progress they are shown is kept. */
  async function startBook() {
    let staff = await new SessionClient(baseUrl).signIn(STAFF.email, STAFF.password);
    const started = await staff.gql<{ generateDataBook: { id: string } }>(
      `mutation($i: GenerateDataBookInput!) { generateDataBook(input: $i) { id } }`,
      { i: { editionYear: 2026, groupBy: 'FIELD' } },
    );
    const id = started.data!.generateDataBook.id;
    const seen: number[] = [];
    const poll = async (): Promise<Job> => {
      const r = await staff
        .gql<{ dataBookJob: Job }>(`query($id: ID!) { dataBookJob(id: $id) { status progress error } }`, { id })
        .catch((error: unknown) => {
          throw new Error(`the product does not answer (${String(error)}): ${productLog}`);
        });
      const job = r.data!.dataBookJob;
      seen.push(job.progress);
      return job;
    };
    return {
      id,
      seen,
      poll,
      cookie: () => staff.cookie,
      signInAgain: async () => {
        staff = await new SessionClient(baseUrl).signIn(STAFF.email, STAFF.password);
      },
      /** Polls until the job is as wanted (or the time is up), and answers the last state. */
      until: async (wanted: (job: Job) => boolean, ms: number): Promise<Job> => {
        let job = await poll();
        for (const end = Date.now() + ms; !wanted(job) && Date.now() < end;) {
          await sleep(100);
          job = await poll();
        }
        return job;
      },
    };
  }

  const finished = (job: Job) => job.status === 'DONE' || job.status === 'FAILED';

  it('is drawn again within a minute of the restart (DONE), and its progress never decreases', async () => {
    let product = await startProduct();
    const book = await startBook();

    // Well under way, then kill -9 the whole product.
    let job = await book.until((j) => j.progress >= 0.2 || finished(j), 120_000);
    expect(job.status).toBe('RUNNING');
    expect(job.progress).toBeLessThan(1);
    await killHard(product);

    const restartedAt = Date.now();
    product = await startProduct();
    await book.signInAgain();
    job = await book.until(finished, 60_000 - (Date.now() - restartedAt));
    expect(Date.now() - restartedAt).toBeLessThan(60_000);
    // The first death is retried, not failed.
    expect(job).toMatchObject({ status: 'DONE', progress: 1 });
    // Across every poll, before and after the kill, the bar only moved forward.
    expect(book.seen).toEqual([...book.seen].sort((a, b) => a - b));
    const pdf = await fetch(`${baseUrl}/api/databooks/${book.id}.pdf`, { headers: { cookie: book.cookie() } });
    expect(pdf.status).toBe(200);
    expect(
      Buffer.from(await pdf.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
    await stop(product);
  }, 300_000);

  it('is FAILED with a plain message within a minute when its retry dies too, and its progress never decreases', async () => {
    let product = await startProduct();
    const book = await startBook();
    let job = await book.until((j) => j.progress >= 0.2 || finished(j), 120_000);
    expect(job.status).toBe('RUNNING');
    await killHard(product);

    // The retry: the book goes back to QUEUED, then RUNNING again; kill that try too.
    product = await startProduct();
    await book.signInAgain();
    job = await book.until((j) => j.status === 'QUEUED' || finished(j), 60_000);
    expect(job.status).toBe('QUEUED');
    job = await book.until((j) => j.status !== 'QUEUED', 30_000);
    expect(job.status).toBe('RUNNING');
    await sleep(500);
    await killHard(product);

    const restartedAt = Date.now();
    product = await startProduct();
    await book.signInAgain();
    job = await book.until(finished, 60_000 - (Date.now() - restartedAt));
    expect(Date.now() - restartedAt).toBeLessThan(60_000);
    expect(job.status).toBe('FAILED');
    expect(job.error).toBe('データブックを作っている途中で処理が止まりました。お手数ですが、もう一度作ってください。');
    expect(book.seen).toEqual([...book.seen].sort((a, b) => a - b));
    await stop(product);
  }, 300_000);
});
