import { AccountService } from '@tsunagu/accounts/api';
import { SessionClient } from '../accounts/session-client';
import { type TestApp, startTestApp } from '../test-services';

const UNKNOWN = '00000000-0000-0000-0000-000000000000';

/** The marché's refusals are worded in the caller's language: Japanese unless English is asked for. */
describe('marché refusals in the caller’s language', () => {
  let t: TestApp;
  let staff: SessionClient;
  beforeAll(async () => {
    t = await startTestApp();
    await t.app
      .get(AccountService)
      .create({ email: 'staff@city.example.jp', password: 'marche-password-1', displayName: '職員', role: 'STAFF' });
    staff = await new SessionClient(t.baseUrl).signIn('staff@city.example.jp', 'marche-password-1');
  });
  afterAll(async () => {
    await t?.close();
  });

  const askGraphql = async (language?: string) => {
    const res = await fetch(`${t.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(language ? { 'accept-language': language } : {}) },
      body: JSON.stringify({ query: `query($id: ID!) { marcheEvent(id: $id) { id } }`, variables: { id: UNKNOWN } }),
    });
    return ((await res.json()) as { errors: Array<{ message: string; extensions: { code: string } }> }).errors[0];
  };

  it('GraphQL: an unknown marché in English when asked, in Japanese without the header', async () => {
    expect(await askGraphql('en')).toMatchObject({
      message: 'Marché event not found.',
      extensions: { code: 'NOT_FOUND' },
    });
    expect(await askGraphql()).toMatchObject({
      message: 'そのマルシェは見つかりません。',
      extensions: { code: 'NOT_FOUND' },
    });
  });

  it('REST: the export of an unknown marché answers 404 in the language asked for', async () => {
    const ask = (language?: string) =>
      fetch(`${t.baseUrl}/api/marche/${UNKNOWN}/applications.csv`, {
        headers: { cookie: staff.cookie, ...(language ? { 'accept-language': language } : {}) },
      });
    const en = await ask('en');
    expect(en.status).toBe(404);
    expect(await en.json()).toMatchObject({ code: 'NOT_FOUND', message: 'Marché event not found.' });
    const ja = await ask();
    expect(ja.status).toBe(404);
    expect(await ja.json()).toMatchObject({ code: 'NOT_FOUND', message: 'そのマルシェは見つかりません。' });
  });
});
