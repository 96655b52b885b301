import { existsSync } from 'node:fs';
import { mkdtemp, readdir } from 'node:fs/promises';
import { type Server, type Socket, createServer } from 'node:net';
import { join } from 'node:path';
import { SessionClient } from '../accounts/session-client';
import { MAIN, type Running, exitOf, startProduct, waitHealthy } from '../runtime-process';
import { TEST_ENV } from '../test-env.constant';
import { createTestDatabase, testMeilisearch } from '../test-services';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * `kill -9` of the built product while its mail-delivery job is sending a mail (the SMTP server
 * accepts the connection and never answers), then a restart: the mail goes out after all. The
 * dead process's transaction is rolled back with its connection, so the mail row is free again;
 * the restarted process's workers send a delivery job as they start (onWorkersStart), and the
 * job's one-minute schedule is the safety net. Without either, the mail would never be sent.
 */
describe('a background job killed mid-way', () => {
  let env: Record<string, string>;
  let dataDir: string;
  let smtp: Server;
  const sockets: Socket[] = [];
  const products: Running[] = [];
  let cleanup: () => Promise<void>;

  beforeAll(async () => {
    if (!existsSync(MAIN)) throw new Error(`${MAIN} is missing: build the API first`);
    const db = await createTestDatabase();
    const meili = testMeilisearch();
    dataDir = await mkdtemp(join(process.env[TEST_ENV.tmpDir] as string, 'jobs-after-restart-'));
    env = {
      NODE_ENV: 'development',
      DATABASE_URL: db.url,
      MEILI_URL: meili.url,
      MEILI_MASTER_KEY: meili.apiKey,
      MEILI_INDEX_PREFIX: meili.indexPrefix,
      SEED_DEMO: 'false',
    };
    // A mail server that takes the connection and says nothing: the send hangs until we kill.
    smtp = createServer((socket) => sockets.push(socket));
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
    cleanup = async () => {
      for (const p of products) if (p.child.exitCode === null && p.child.signalCode === null) p.child.kill('SIGKILL');
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => smtp.close(resolve));
      await Promise.all([db.drop(), meili.deleteIndexes()]);
    };
  }, 120_000);
  afterAll(async () => {
    await cleanup?.();
  });

  const mailFiles = async () =>
    (await readdir(join(dataDir, 'mail')).catch(() => [] as string[])).filter((f) => f.endsWith('.eml'));

  it('is taken up again after a restart: the mail it was sending goes out within a minute', async () => {
    const { port } = smtp.address() as { port: number };
    const first = await startProduct(dataDir, { ...env, SMTP_URL: `smtp://127.0.0.1:${port}` });
    products.push(first);
    await waitHealthy(first);

    const signUp = await new SessionClient(first.baseUrl).gql(`mutation($i: SignUpInput!) { signUp(input: $i) }`, {
      i: { displayName: '再起動テスト', email: 'restart@example.jp', password: 'restart-pass-1' },
    });
    expect(signUp.data).toEqual({ signUp: true });
    // The job is active: it holds the mail and waits for the server's greeting.
    for (const until = Date.now() + 30_000; sockets.length === 0 && Date.now() < until;) await sleep(100);
    expect(sockets.length).toBeGreaterThan(0);

    first.child.kill('SIGKILL');
    await exitOf(first.child);
    expect(await mailFiles()).toEqual([]);

    // Again, without SMTP: the mails go to DATA_DIR/mail.
    const second = await startProduct(dataDir, env);
    products.push(second);
    await waitHealthy(second);
    const restartedAt = Date.now();
    let files = await mailFiles();
    while (files.length === 0 && Date.now() - restartedAt < 60_000) {
      await sleep(250);
      files = await mailFiles();
    }
    expect(files).toHaveLength(1);
  }, 240_000);
});
