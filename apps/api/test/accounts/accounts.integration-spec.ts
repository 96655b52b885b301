import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { MailDeliveryWorker } from '@tsunagu/mail/api';
import { type TestApp, startTestApp } from '../test-services';
import { SessionClient as Browser, type GqlResult } from './session-client';

const SIGN_UP = `mutation($input: SignUpInput!) { signUp(input: $input) { id email displayName role } }`;
const SIGN_IN = `mutation($email: String!, $password: String!) { signIn(email: $email, password: $password) { email } }`;
const ME = `{ me { email role } }`;
const code = (r: GqlResult<unknown>) => r.errors?.[0]?.extensions?.['code'];

/** Sign-up, sessions in cookies, sign-in limits and password reset by mail, against the real app. */
describe('accounts', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t?.close();
  });

  it('signs up into a session held in an httpOnly SameSite cookie, and signs out', async () => {
    const b = new Browser(t.baseUrl);
    const up = await b.gql(SIGN_UP, {
      input: { email: 'Yamamoto@Example.jp', password: 'wakamatsu-2026', displayName: '山本（若松区）' },
    });
    expect(up.data?.['signUp']).toMatchObject({
      email: 'yamamoto@example.jp',
      displayName: '山本（若松区）',
      role: 'MEMBER',
    });
    expect(b.lastSetCookie).toMatch(/tsunagu_session=[\w-]{40,}/);
    expect(b.lastSetCookie).toMatch(/HttpOnly/i);
    expect(b.lastSetCookie).toMatch(/SameSite=Lax/i);
    expect((await b.gql(ME)).data?.['me']).toEqual({ email: 'yamamoto@example.jp', role: 'MEMBER' });

    const stolen = b.cookie;
    await b.gql(`mutation { signOut }`);
    expect((await b.gql(ME)).data?.['me']).toBeNull();
    // The old cookie is dead on the server too, not just deleted in the browser.
    const replay = new Browser(t.baseUrl);
    replay.cookie = stolen;
    expect((await replay.gql(ME)).data?.['me']).toBeNull();
  });

  it('refuses a taken email, a short password and a malformed email with the field named', async () => {
    const b = new Browser(t.baseUrl);
    const again = await b.gql(SIGN_UP, {
      input: { email: 'yamamoto@example.jp', password: 'another-pass', displayName: '別人' },
    });
    expect(code(again)).toBe('CONFLICT');
    const short = await b.gql(SIGN_UP, { input: { email: 'new@example.jp', password: 'short', displayName: '新' } });
    expect(code(short)).toBe('BAD_USER_INPUT');
    expect(short.errors?.[0].extensions?.['field']).toBe('password');
    expect(short.errors?.[0].message).toContain('8文字以上');
    const email = await b.gql(SIGN_UP, {
      input: { email: 'not-an-email', password: 'long-enough-1', displayName: '新' },
    });
    expect(code(email)).toBe('BAD_USER_INPUT');
  });

  it('signs in with the right password only, and stops guessing after 5 failures', async () => {
    const b = new Browser(t.baseUrl);
    await b.gql(SIGN_UP, { input: { email: 'tanaka@example.jp', password: 'tobata-2026-ok', displayName: '田中' } });
    const guest = new Browser(t.baseUrl);
    const wrong = await guest.gql(SIGN_IN, { email: 'tanaka@example.jp', password: 'wrong-password' });
    expect(code(wrong)).toBe('UNAUTHENTICATED');
    expect(wrong.errors?.[0].message).toContain('メールアドレスかパスワードが違います');
    const unknown = await guest.gql(SIGN_IN, { email: 'nobody@example.jp', password: 'whatever-123' });
    expect(unknown.errors?.[0].message).toBe(wrong.errors?.[0].message); // no hint who has an account
    expect(
      (await guest.gql(SIGN_IN, { email: 'tanaka@example.jp', password: 'tobata-2026-ok' })).data?.['signIn'],
    ).toEqual({
      email: 'tanaka@example.jp',
    });
    for (let i = 0; i < 5; i++) await guest.gql(SIGN_IN, { email: 'tanaka@example.jp', password: `guess-${i}-xxxx` });
    const limited = await guest.gql(SIGN_IN, { email: 'tanaka@example.jp', password: 'tobata-2026-ok' });
    expect(code(limited)).toBe('FORBIDDEN');
    expect(limited.errors?.[0].extensions?.['reason']).toBe('RATE_LIMITED');
  });

  it('resets a password with a mailed one-time link that signs out every other session', async () => {
    const phone = new Browser(t.baseUrl);
    await phone.gql(SIGN_UP, { input: { email: 'koga@example.jp', password: 'old-password-1', displayName: '古賀' } });
    const guest = new Browser(t.baseUrl);
    expect((await guest.gql(`mutation { requestPasswordReset(email: "koga@example.jp") }`)).data).toEqual({
      requestPasswordReset: true,
    });
    expect((await guest.gql(`mutation { requestPasswordReset(email: "nobody@example.jp") }`)).data).toEqual({
      requestPasswordReset: true,
    });

    await t.app.get(MailDeliveryWorker).deliverDue();
    const dir = join(t.config.dataDir, 'mail');
    const files = (await readdir(dir)).filter((f) => f.endsWith('.eml'));
    expect(files).toHaveLength(1); // nothing was sent for the unknown address
    const mail = await readFile(join(dir, files[0]), 'utf8');
    expect(mail).toMatch(/To: koga@example\.jp/);
    const decoded = decodeBody(mail);
    const token = /reset-password\?token=([\w-]+)/.exec(decoded)?.[1];
    expect(token).toBeDefined();

    const RESET = `mutation($input: ResetPasswordInput!) { resetPassword(input: $input) { email } }`;
    const done = await guest.gql(RESET, { input: { token, newPassword: 'new-password-2' } });
    expect(done.data?.['resetPassword']).toEqual({ email: 'koga@example.jp' });
    expect((await guest.gql(ME)).data?.['me']).toMatchObject({ email: 'koga@example.jp' });
    expect((await phone.gql(ME)).data?.['me']).toBeNull(); // signed out everywhere else
    const reuse = await new Browser(t.baseUrl).gql(RESET, { input: { token, newPassword: 'third-password-3' } });
    expect(code(reuse)).toBe('BAD_USER_INPUT');
    expect(
      code(await new Browser(t.baseUrl).gql(SIGN_IN, { email: 'koga@example.jp', password: 'old-password-1' })),
    ).toBe('UNAUTHENTICATED');
  });

  it('sends security headers and lists dev mail only outside production', async () => {
    const res = await fetch(`${t.baseUrl}/health`);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(res.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    const mailbox = await fetch(`${t.baseUrl}/dev/mail`);
    expect(mailbox.status).toBe(200);
    expect(await mailbox.text()).toContain('開発用メール箱');
  });
});

function decodeBody(raw: string): string {
  const [head, ...rest] = raw.split(/\r?\n\r?\n/);
  const body = rest.join('\n\n');
  if (/base64/i.test(head)) return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  return Buffer.from(
    body.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/gi, (_, h: string) => String.fromCharCode(parseInt(h, 16))),
    'latin1',
  ).toString('utf8');
}
