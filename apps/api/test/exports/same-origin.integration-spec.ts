import { readFile } from 'node:fs/promises';
import sharp from 'sharp';
import { DataSource } from 'typeorm';
import { DemoSeeder } from '../../src/seeds/demo-seeder';
import { SessionClient } from '../accounts/session-client';
import { OpenDataFixture } from '../npo/open-data-fixture';
import { type TestApp, startTestApp } from '../test-services';

const EVIL = 'http://evil.example';
const REFUSED = '別のサイトからの送信は受け付けません。このサイトの画面から、もう一度操作してください。';

/** Cross-site request forgery: a state-changing request from another site is refused, REST and GraphQL alike. */
describe('same-origin check on state-changing requests', () => {
  let t: TestApp;
  let db: DataSource;
  let staff: SessionClient;
  let member: SessionClient;
  let npoId: string;
  let openData: string;

  beforeAll(async () => {
    t = await startTestApp();
    db = t.app.get(DataSource);
    await t.app.get(DemoSeeder).seed();
    staff = await new SessionClient(t.baseUrl).signIn('staff@demo.tsunagu.jp', 'demo-staff-2026');
    member = await new SessionClient(t.baseUrl).signIn('npo@demo.tsunagu.jp', 'demo-npo-2026');
    [{ npo_id: npoId }] = await db.query(
      `SELECT m.npo_id FROM npo_member m JOIN user_account u ON u.id = m.user_id WHERE u.email = 'npo@demo.tsunagu.jp'`,
    );
    const fixture = await OpenDataFixture.create();
    openData = await fixture.zip('small', fixture.rows({ count: 5, outsideCityCount: 0 }));
  }, 120_000);
  afterAll(async () => {
    await t?.close();
  });

  const runs = async (): Promise<number> =>
    Number((await db.query(`SELECT count(*)::int AS n FROM npo_import_run`))[0].n);
  const importsFinished = async () => {
    for (const until = Date.now() + 30_000; Date.now() < until;) {
      if (Number((await db.query(`SELECT count(*)::int AS n FROM npo_import_run WHERE status = 'RUNNING'`))[0].n) === 0)
        return;
      await new Promise((r) => setTimeout(r, 200));
    }
    throw new Error('imports did not finish');
  };
  const uploadOpenData = async (headers: Record<string, string>) => {
    const form = new FormData();
    form.append('file', new Blob([await readFile(openData)]), 'open-data.zip');
    return fetch(`${t.baseUrl}/api/imports/npos`, {
      method: 'POST',
      body: form,
      headers: { cookie: staff.cookie, ...headers },
    });
  };

  it('refuses a staff upload from Origin http://evil.example with 403, and no import runs', async () => {
    const before = await runs();
    const res = await uploadOpenData({ origin: EVIL });
    expect(res.status).toBe(403);
    expect(await res.json()).toEqual({ code: 'FORBIDDEN', message: REFUSED });
    expect(await runs()).toBe(before);
  });

  it('refuses it as well when only the Referer says where it comes from', async () => {
    const before = await runs();
    const res = await uploadOpenData({ referer: `${EVIL}/attack.html` });
    expect(res.status).toBe(403);
    expect(await runs()).toBe(before);
  });

  it('accepts the upload from the product itself (Origin = the address it was sent to, or PUBLIC_URL) and from a client that sends no Origin', async () => {
    const before = await runs();
    const variants: Array<Record<string, string>> = [
      { origin: t.baseUrl },
      { origin: t.config.publicUrl },
      { referer: `${t.baseUrl}/staff/imports` },
      {},
    ];
    for (const headers of variants) {
      const res = await uploadOpenData(headers);
      expect(res.status).toBe(202);
      await importsFinished();
    }
    expect(await runs()).toBe(before + 4);
  });

  it('refuses a photo posted from another site, and keeps nothing', async () => {
    const photo = await sharp({ create: { width: 32, height: 32, channels: 3, background: '#cc3366' } })
      .jpeg()
      .toBuffer();
    const post = (headers: Record<string, string>) => {
      const form = new FormData();
      form.append('file', new Blob([photo], { type: 'image/jpeg' }), 'photo.jpg');
      return fetch(`${t.baseUrl}/api/npos/${npoId}/photo`, {
        method: 'POST',
        body: form,
        headers: { cookie: member.cookie, ...headers },
      });
    };
    expect((await post({ origin: EVIL })).status).toBe(403);
    expect(
      await db.query(`SELECT photo_file FROM npo_profile WHERE npo_id = $1 AND photo_file IS NOT NULL`, [npoId]),
    ).toEqual([]);
    expect((await post({ origin: t.baseUrl })).status).toBe(201);
  });

  it('answers a GraphQL mutation from another site with a GraphQL error FORBIDDEN, and does not run it', async () => {
    const signIn = (origin: string) =>
      fetch(`${t.baseUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin },
        body: JSON.stringify({
          query: `mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { id } }`,
          variables: { e: 'staff@demo.tsunagu.jp', p: 'demo-staff-2026' },
        }),
      });
    const evil = await signIn(EVIL);
    expect(evil.status).toBe(403);
    expect(evil.headers.get('set-cookie')).toBeNull();
    expect(await evil.json()).toEqual({
      data: null,
      errors: [{ message: REFUSED, extensions: { code: 'FORBIDDEN' } }],
    });

    const own = await signIn(t.baseUrl);
    expect(own.status).toBe(200);
    expect(((await own.json()) as { data: { signIn: { id: string } } }).data.signIn.id).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('lets reads through whatever their Origin (GET is not state-changing)', async () => {
    expect((await fetch(`${t.baseUrl}/health`, { headers: { origin: EVIL } })).status).toBe(200);
  });
});
