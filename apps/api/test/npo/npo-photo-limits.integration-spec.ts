import { AccountService } from '@tsunagu/accounts/api';
import { SessionClient } from '../accounts/session-client';
import { type TestApp, startTestApp } from '../test-services';

/** A photo over 5 MB is refused before it is read: 413 PAYLOAD_TOO_LARGE on the field "file". */
describe('NPO photo size limit', () => {
  let t: TestApp;
  let person: SessionClient;
  beforeAll(async () => {
    t = await startTestApp();
    await t.app
      .get(AccountService)
      .create({ email: 'photo-limit@example.jp', password: 'photo-limit-2026', displayName: '写真 太郎' });
    person = await new SessionClient(t.baseUrl).signIn('photo-limit@example.jp', 'photo-limit-2026');
  });
  afterAll(async () => {
    await t?.close();
  });

  const upload = (language?: string) => {
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(5 * 1024 * 1024 + 1)], { type: 'image/jpeg' }), 'big.jpg');
    return fetch(`${t.baseUrl}/api/npos/7f0c1b9e-3c1a-4d2b-9a55-1e2f3a4b5c6d/photo`, {
      method: 'POST',
      headers: { cookie: person.cookie, ...(language ? { 'accept-language': language } : {}) },
      body: form,
    });
  };

  it('answers 413 with the contract’s body, worded in the caller’s language', async () => {
    const japanese = await upload();
    expect(japanese.status).toBe(413);
    expect(await japanese.json()).toEqual({
      code: 'PAYLOAD_TOO_LARGE',
      message: '写真は5MBまでにしてください。',
      field: 'file',
    });
    const english = await upload('en');
    expect(english.status).toBe(413);
    expect(await english.json()).toMatchObject({ message: 'Please keep the photo to 5 MB.' });
  });
});
