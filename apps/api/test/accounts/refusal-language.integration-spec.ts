import { type TestApp, startTestApp } from '../test-services';
import { mailsTo } from './mailbox';

/**
 * Refusals of accounts and npo are worded in the caller's language (Accept-Language, sent by the
 * web client), Japanese when none is asked for, on both transports.
 */
describe('refusals in the caller’s language', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t?.close();
  });

  const gql = async (query: string, language?: string) => {
    const res = await fetch(`${t.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(language ? { 'accept-language': language } : {}) },
      body: JSON.stringify({ query }),
    });
    return (await res.json()) as { errors?: Array<{ message: string; extensions?: Record<string, unknown> }> };
  };

  it('GraphQL: the policy guard asks to sign in, in English when asked, in Japanese by default', async () => {
    const english = await gql(`{ myNpoClaims { id } }`, 'en');
    expect(english.errors?.[0]).toMatchObject({ message: 'Please sign in.', extensions: { code: 'UNAUTHENTICATED' } });
    const japanese = await gql(`{ myNpoClaims { id } }`);
    expect(japanese.errors?.[0]).toMatchObject({
      message: 'ログインしてください。',
      extensions: { code: 'UNAUTHENTICATED' },
    });
  });

  it('GraphQL: an unknown NPO is not found, in the language asked', async () => {
    const query = `{ npo(id: "00000000-0000-0000-0000-000000000000") { id } }`;
    expect((await gql(query, 'en')).errors?.[0]).toMatchObject({
      message: 'NPO not found.',
      extensions: { code: 'NOT_FOUND' },
    });
    expect((await gql(query)).errors?.[0].message).toBe('NPOが見つかりません。');
  });

  it('REST: an anonymous upload answers 401 and a missing photo 404, worded in the language asked', async () => {
    const upload = (language?: string) =>
      fetch(`${t.baseUrl}/api/imports/npos`, {
        method: 'POST',
        headers: language ? { 'accept-language': language } : {},
        body: new FormData(),
      });
    const english = await upload('en-GB,en;q=0.9');
    expect(english.status).toBe(401);
    expect(await english.json()).toEqual({ code: 'UNAUTHENTICATED', message: 'Please sign in.' });
    const japanese = await upload();
    expect(japanese.status).toBe(401);
    expect(await japanese.json()).toEqual({ code: 'UNAUTHENTICATED', message: 'ログインしてください。' });

    const photo = (language?: string) =>
      fetch(`${t.baseUrl}/api/npos/7f0c1b9e-3c1a-4d2b-9a55-1e2f3a4b5c6d/photo`, {
        headers: language ? { 'accept-language': language } : {},
      });
    const missing = await photo('en');
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({ code: 'NOT_FOUND', message: 'There is no photo.' });
    expect(await (await photo()).json()).toEqual({ code: 'NOT_FOUND', message: '写真はありません。' });
  });

  it('the sign-up and password mails are written in the language the person was using, not both', async () => {
    const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;
    const signUp = (email: string, language?: string) =>
      fetch(`${t.baseUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(language ? { 'accept-language': language } : {}) },
        body: JSON.stringify({
          query: `mutation($input: SignUpInput!) { signUp(input: $input) }`,
          variables: { input: { email, password: 'kokura-kita-2026', displayName: 'Amy Clark' } },
        }),
      });
    await signUp('amy@example.jp', 'en');
    await signUp('sato@example.jp');
    const [english] = await mailsTo(t, 'amy@example.jp');
    expect(english?.text).toContain('To finish signing up for tsunagu, open the link below');
    expect(english?.text).not.toMatch(JAPANESE);
    const [japanese] = await mailsTo(t, 'sato@example.jp');
    expect(japanese?.text).toContain('つなぐへの登録を終えるには');
    expect(japanese?.text).not.toContain('To finish');
  });
});
