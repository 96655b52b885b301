import { existsSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { DataSource } from 'typeorm';
import { DemoSeeder } from '../../src/seeds/demo-seeder';
import { SessionClient } from '../accounts/session-client';
import { type TestApp, startTestApp } from '../test-services';

const SVG_WITH_SCRIPT = `<?xml version="1.0"?>
<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64"><script>alert(document.cookie)</script>
<rect width="64" height="64" fill="#3366cc"/></svg>`;

const picture = () => sharp({ create: { width: 64, height: 48, channels: 3, background: '#3366cc' } });

/** An NPO's photo: only a real JPEG, PNG or WebP, decided from the bytes, is kept. */
describe('NPO photo upload', () => {
  let t: TestApp;
  let db: DataSource;
  let member: SessionClient;
  let npoId: string;

  beforeAll(async () => {
    t = await startTestApp();
    db = t.app.get(DataSource);
    await t.app.get(DemoSeeder).seed();
    [{ npo_id: npoId }] = await db.query(
      `SELECT m.npo_id FROM npo_member m JOIN user_account u ON u.id = m.user_id WHERE u.email = 'npo@demo.tsunagu.jp'`,
    );
    member = await new SessionClient(t.baseUrl).signIn('npo@demo.tsunagu.jp', 'demo-npo-2026');
  }, 120_000);
  afterAll(async () => {
    await t?.close();
  });

  const upload = (bytes: Buffer | string, type: string, name: string) => {
    const form = new FormData();
    form.append('file', new Blob([bytes], { type }), name);
    return fetch(`${t.baseUrl}/api/npos/${npoId}/photo`, {
      method: 'POST',
      body: form,
      headers: { cookie: member.cookie },
    });
  };
  const stored = async () => {
    const [row] = await db.query(`SELECT photo_file FROM npo_profile WHERE npo_id = $1`, [npoId]);
    return {
      column: (row?.photo_file as string | null | undefined) ?? null,
      file: existsSync(join(t.config.dataDir, 'uploads', 'npo-photos', `${npoId}.jpg`)),
    };
  };

  const truncatedPng = async () => {
    const png = await picture().png().toBuffer();
    return png.subarray(0, Math.floor(png.length / 2));
  };

  it.each([
    [
      'an SVG with a script, sent as image/png',
      async () => Buffer.from(SVG_WITH_SCRIPT),
      'image/png',
      'photo.png',
      true,
    ],
    [
      'an HTML page, sent as image/jpeg',
      async () => Buffer.from('<!doctype html><script>alert(1)</script>'),
      'image/jpeg',
      'photo.jpg',
      true,
    ],
    ['a GIF', async () => picture().gif().toBuffer(), 'image/gif', 'photo.gif', true],
    ['a GIF sent as image/png', async () => picture().gif().toBuffer(), 'image/png', 'photo.png', true],
    ['a truncated PNG', truncatedPng, 'image/png', 'photo.png', false],
  ])('refuses %s with 400 on the field "file", and keeps nothing', async (_, bytes, type, name, wrongType) => {
    const res = await upload(await bytes(), type, name);
    expect(res.status).toBe(400);
    const body = (await res.json()) as { code: string; field: string; message: string };
    expect(body).toMatchObject({ code: 'BAD_USER_INPUT', field: 'file' });
    if (wrongType) expect(body.message).toBe('写真はJPEG・PNG・WebPの画像を選んでください。');
    expect(await stored()).toEqual({ column: null, file: false });
  });

  it.each([
    ['a JPEG', () => picture().jpeg().toBuffer(), 'image/jpeg'],
    ['a PNG', () => picture().png().toBuffer(), 'image/png'],
    ['a WebP', () => picture().webp().toBuffer(), 'image/webp'],
    [
      'a WebP the browser calls application/octet-stream',
      () => picture().webp().toBuffer(),
      'application/octet-stream',
    ],
  ])('accepts %s and keeps it as a JPEG', async (_, bytes, type) => {
    const res = await upload(await bytes(), type, 'photo');
    expect(res.status).toBe(201);
    const { photoUrl } = (await res.json()) as { photoUrl: string };
    const kept = Buffer.from(await (await fetch(`${t.baseUrl}${photoUrl}`)).arrayBuffer());
    expect((await sharp(kept).metadata()).format).toBe('jpeg');
    expect(await stored()).toEqual({ column: `${npoId}.jpg`, file: true });
  });
});
