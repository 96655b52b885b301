import { type TestApp, startTestApp } from '../test-services';
import { CONFIRM_SIGN_UP, SIGN_UP, confirmationToken, mailbox, mailsTo, signUpAndConfirm } from './mailbox';
import { SessionClient as Browser, type GqlResult } from './session-client';

const SIGN_IN = `mutation($email: String!, $password: String!) { signIn(email: $email, password: $password) { email } }`;
const ME = `{ me { email role } }`;
const code = (r: GqlResult<unknown>) => r.errors?.[0]?.extensions?.['code'];
const reason = (r: GqlResult<unknown>) => r.errors?.[0]?.extensions?.['reason'];

/** Sign-up, sessions in cookies, sign-in limits and password reset by mail, against the real app. */
describe('accounts', () => {
  let t: TestApp;
  beforeAll(async () => {
    // X-Forwarded-For from the test plays the client address (a proxy on loopback is trusted).
    t = await startTestApp({ env: { TRUST_PROXY: 'loopback' } });
  });
  afterAll(async () => {
    await t?.close();
  });

  it('signs up with a mailed one-time link that creates the account and signs in, in an httpOnly SameSite cookie, and signs out', async () => {
    const b = new Browser(t.baseUrl, '203.0.113.1');
    const up = await b.gql(SIGN_UP, {
      input: { email: 'Yamamoto@Example.jp', password: 'wakamatsu-2026', displayName: '山本（若松区）' },
    });
    expect(up.data).toEqual({ signUp: true });
    expect(b.cookie).toBe(''); // not signed in until the link is used
    expect(
      code(await new Browser(t.baseUrl).gql(SIGN_IN, { email: 'yamamoto@example.jp', password: 'wakamatsu-2026' })),
    ).toBe('UNAUTHENTICATED');
    const [mail] = await mailsTo(t, 'yamamoto@example.jp');
    expect(mail.text).toContain('リンクは24時間、1回だけ使えます');
    const token = await confirmationToken(t, 'yamamoto@example.jp');
    const confirmed = await b.gql(CONFIRM_SIGN_UP, { token, password: 'wakamatsu-2026' });
    expect(confirmed.data?.['confirmSignUp']).toMatchObject({
      email: 'yamamoto@example.jp',
      displayName: '山本（若松区）',
      role: 'MEMBER',
    });
    expect(b.lastSetCookie).toMatch(/tsunagu_session=[\w-]{40,}/);
    expect(b.lastSetCookie).toMatch(/HttpOnly/i);
    expect(b.lastSetCookie).toMatch(/SameSite=Lax/i);
    expect((await b.gql(ME)).data?.['me']).toEqual({ email: 'yamamoto@example.jp', role: 'MEMBER' });
    const reuse = await new Browser(t.baseUrl).gql(CONFIRM_SIGN_UP, { token, password: 'wakamatsu-2026' });
    expect(code(reuse)).toBe('BAD_USER_INPUT'); // once only

    const stolen = b.cookie;
    await b.gql(`mutation { signOut }`);
    expect((await b.gql(ME)).data?.['me']).toBeNull();
    // The old cookie is dead on the server too, not just deleted in the browser.
    const replay = new Browser(t.baseUrl);
    replay.cookie = stolen;
    expect((await replay.gql(ME)).data?.['me']).toBeNull();
  });

  it('sign-up answers a registered email exactly as a new one, and mails the owner instead of saying CONFLICT', async () => {
    const b = new Browser(t.baseUrl, '203.0.113.2');
    const taken = await b.gql(SIGN_UP, {
      input: { email: 'yamamoto@example.jp', password: 'another-pass', displayName: '別人' },
    });
    const fresh = await b.gql(SIGN_UP, {
      input: { email: 'brand-new@example.jp', password: 'another-pass', displayName: '新人' },
    });
    expect(taken).toEqual(fresh);
    expect(taken).toEqual({ data: { signUp: true } });
    const [note] = (await mailsTo(t, 'yamamoto@example.jp')).filter((m) => m.text.includes('登録しようとした人'));
    expect(note.text).toContain(
      'このメールアドレスで登録しようとした人がいます。ご本人ならログインするか、パスワードを再設定してください',
    );
    expect(note.text).toContain(`${t.config.publicUrl}/login`);
    expect(note.text).toContain(`${t.config.publicUrl}/reset-password/request`);
    expect(note.text).not.toMatch(/signup\/confirm/); // no way in for the other person
    // The owner's password is untouched.
    await new Browser(t.baseUrl, '203.0.113.2').signIn('yamamoto@example.jp', 'wakamatsu-2026');
  });

  it('a confirmation link works only with the password chosen at sign-up, so no one can hand the owner of an address an account they set up', async () => {
    // Someone signs up with another person's address and a password of their own…
    await new Browser(t.baseUrl, '203.0.113.6').gql(SIGN_UP, {
      input: { email: 'victim@example.jp', password: 'chosen-by-someone-else', displayName: '鈴木' },
    });
    const token = await confirmationToken(t, 'victim@example.jp');
    // …the owner of the address opens the link in good faith, with a password of their own.
    const owner = new Browser(t.baseUrl, '203.0.113.7');
    const refused = await owner.gql(CONFIRM_SIGN_UP, { token, password: 'my-own-password-1' });
    expect(code(refused)).toBe('BAD_USER_INPUT');
    expect(refused.errors?.[0].extensions?.['field']).toBe('password');
    expect(refused.errors?.[0].message).toBe('パスワードが、登録のときに決めたものと違います。');
    expect(owner.cookie).toBe('');
    expect(
      code(
        await new Browser(t.baseUrl).gql(SIGN_IN, { email: 'victim@example.jp', password: 'chosen-by-someone-else' }),
      ),
    ).toBe('UNAUTHENTICATED'); // no account was created
    // The owner can still sign up for real: a fresh link with their own password.
    await signUpAndConfirm(t, { email: 'victim@example.jp', password: 'my-own-password-1', displayName: '鈴木' });
  });

  it('refuses a short password and a malformed email with the field named', async () => {
    const b = new Browser(t.baseUrl, '203.0.113.3');
    const short = await b.gql(SIGN_UP, { input: { email: 'new@example.jp', password: 'short', displayName: '新' } });
    expect(code(short)).toBe('BAD_USER_INPUT');
    expect(short.errors?.[0].extensions?.['field']).toBe('password');
    expect(short.errors?.[0].message).toContain('8文字以上');
    const email = await b.gql(SIGN_UP, {
      input: { email: 'not-an-email', password: 'long-enough-1', displayName: '新' },
    });
    expect(code(email)).toBe('BAD_USER_INPUT');
  });

  it('signs in with the right password only, and backs off guessing after 5 failures', async () => {
    await signUpAndConfirm(t, { email: 'tanaka@example.jp', password: 'tobata-2026-ok', displayName: '田中' });
    const guest = new Browser(t.baseUrl, '203.0.113.4');
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
    expect(reason(limited)).toBe('RATE_LIMITED');
  });

  it('resets a password with a mailed one-time link that signs out every other session', async () => {
    const phone = await signUpAndConfirm(t, {
      email: 'koga@example.jp',
      password: 'old-password-1',
      displayName: '古賀',
    });
    const guest = new Browser(t.baseUrl, '203.0.113.5');
    expect((await guest.gql(`mutation { requestPasswordReset(email: "koga@example.jp") }`)).data).toEqual({
      requestPasswordReset: true,
    });
    expect((await guest.gql(`mutation { requestPasswordReset(email: "nobody@example.jp") }`)).data).toEqual({
      requestPasswordReset: true,
    });

    const before = await mailbox(t);
    const resets = before.filter((m) => /reset-password\?token=/.test(m.text));
    expect(resets.map((m) => m.to)).toEqual(['koga@example.jp']); // nothing was sent for the unknown address
    const token = /reset-password\?token=([\w-]+)/.exec(resets[0].text)?.[1];
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
