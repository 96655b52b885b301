import sharp from 'sharp';
import { DataSource } from 'typeorm';
import { DemoSeeder } from '../../src/seeds/demo-seeder';
import { SessionClient } from '../accounts/session-client';
import { type TestApp, startTestApp } from '../test-services';

/**
 * REST routes (exports, uploads) share their services with GraphQL: a refusal the service throws
 * must reach a REST caller as the contract's HTTP status with `{ code, message }`, never as a 500.
 */
describe('contract errors on REST routes', () => {
  let t: TestApp;
  let staff: SessionClient;
  let officer: SessionClient;
  let npoId: string;

  beforeAll(async () => {
    t = await startTestApp();
    await t.app.get(DemoSeeder).seed();
    staff = await new SessionClient(t.baseUrl).signIn('staff@demo.tsunagu.jp', 'demo-staff-2026');
    officer = await new SessionClient(t.baseUrl).signIn('officer@demo.tsunagu.jp', 'demo-officer-2026');
    [{ id: npoId }] = await t.app.get(DataSource).query(`SELECT id FROM npo ORDER BY name LIMIT 1`);
  }, 120_000);
  afterAll(async () => {
    await t?.close();
  });

  it.each(['applications.csv', 'applications.xlsx'])(
    'a marché export with an unknown id answers 404 NOT_FOUND, not 500 (%s)',
    async (file) => {
      const res = await fetch(`${t.baseUrl}/api/marche/00000000-0000-0000-0000-000000000000/${file}`, {
        headers: { cookie: staff.cookie },
      });
      expect(res.status).toBe(404);
      expect(await res.json()).toMatchObject({ code: 'NOT_FOUND', message: expect.stringMatching(/見つかりません/) });
    },
  );

  it('a photo upload by a signed-in person who is not a member of the NPO answers 403 FORBIDDEN and keeps nothing', async () => {
    const jpeg = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#3366cc' } })
      .jpeg()
      .toBuffer();
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(jpeg)], { type: 'image/jpeg' }), 'photo.jpg');
    const res = await fetch(`${t.baseUrl}/api/npos/${npoId}/photo`, {
      method: 'POST',
      headers: { cookie: officer.cookie },
      body: form,
    });
    expect(res.status).toBe(403);
    expect(await res.json()).toMatchObject({ code: 'FORBIDDEN' });
    const [row] = await t.app.get(DataSource).query(`SELECT photo_file FROM npo_profile WHERE npo_id = $1`, [npoId]);
    expect(row?.photo_file ?? null).toBeNull();
  });
});
