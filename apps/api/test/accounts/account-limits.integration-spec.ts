import { randomUUID } from 'node:crypto';
import { type TestApp, startTestApp } from '../test-services';
import { SIGN_UP, signUpAndConfirm } from './mailbox';
import { SessionClient as Browser, type GqlResult } from './session-client';

const SIGN_IN = `mutation($email: String!, $password: String!) { signIn(email: $email, password: $password) { email } }`;
const PASSWORD = 'limits-password-1';
const code = (r: GqlResult<unknown>) => r.errors?.[0]?.extensions?.['code'];
const reason = (r: GqlResult<unknown>) => r.errors?.[0]?.extensions?.['reason'];
const isRateLimited = (r: GqlResult<unknown>) => code(r) === 'FORBIDDEN' && reason(r) === 'RATE_LIMITED';

/** Security review #11: limits on every password check, sign-up, NPO claims and group registration. */
describe('account limits', () => {
  let t: TestApp;
  let n = 0;
  /** A client address of its own for each test, so that per-address limits do not mix. */
  const address = () => `198.51.100.${++n}`;

  beforeAll(async () => {
    // X-Forwarded-For from the test plays the client address (a proxy on loopback is trusted).
    t = await startTestApp({ env: { TRUST_PROXY: 'loopback' } });
  });
  afterAll(async () => {
    await t?.close();
  });

  it('30 parallel wrong passwords for one account: only 5 are checked, the rest are refused as too many tries', async () => {
    await signUpAndConfirm(t, { email: 'desk@example.jp', password: PASSWORD, displayName: '窓口' });
    const attacker = new Browser(t.baseUrl, address());
    const answers = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        attacker.gql(SIGN_IN, { email: 'desk@example.jp', password: `guess-${i}-x` }),
      ),
    );
    const checked = answers.filter((r) => code(r) === 'UNAUTHENTICATED');
    const refused = answers.filter(isRateLimited);
    expect(checked).toHaveLength(5);
    expect(refused).toHaveLength(25);
  });

  it('5 failures from address A do not stop a correct sign-in by the owner from address B', async () => {
    await signUpAndConfirm(t, { email: 'staff-desk@example.jp', password: PASSWORD, displayName: '受付' });
    const a = new Browser(t.baseUrl, address());
    for (let i = 0; i < 5; i++) {
      expect(code(await a.gql(SIGN_IN, { email: 'staff-desk@example.jp', password: `wrong-${i}-xx` }))).toBe(
        'UNAUTHENTICATED',
      );
    }
    const b = new Browser(t.baseUrl, address());
    expect((await b.gql(SIGN_IN, { email: 'staff-desk@example.jp', password: PASSWORD })).data).toEqual({
      signIn: { email: 'staff-desk@example.jp' },
    });
  });

  it('address A is backed off after 5 failures, with a plain message saying in how many minutes to try again', async () => {
    await signUpAndConfirm(t, { email: 'owner@example.jp', password: PASSWORD, displayName: '持ち主' });
    const a = new Browser(t.baseUrl, address());
    for (let i = 0; i < 5; i++) await a.gql(SIGN_IN, { email: 'owner@example.jp', password: `wrong-${i}-xx` });
    // Even the right password waits: the address may not learn that a guess was right.
    const refused = await a.gql(SIGN_IN, { email: 'owner@example.jp', password: PASSWORD });
    expect(isRateLimited(refused)).toBe(true);
    expect(refused.errors?.[0].message).toMatch(/1分後にもう一度お試しください。$/);
    expect(refused.errors?.[0].extensions?.['retryAfterSeconds']).toBeGreaterThan(30);
    expect(refused.errors?.[0].extensions?.['retryAfterSeconds']).toBeLessThanOrEqual(60);
  });

  it('one address cannot spray: after 20 wrong passwords over many accounts it is refused on a fresh account too', async () => {
    const sprayer = new Browser(t.baseUrl, address());
    for (let i = 0; i < 20; i++) {
      expect(code(await sprayer.gql(SIGN_IN, { email: `person${i}@example.jp`, password: 'password-1' }))).toBe(
        'UNAUTHENTICATED',
      );
    }
    const next = await sprayer.gql(SIGN_IN, { email: 'someone-else@example.jp', password: 'password-1' });
    expect(isRateLimited(next)).toBe(true);
    expect(next.errors?.[0].message).toMatch(/\d+分後にもう一度お試しください。$/);
  });

  it('sign-up is limited per email (3 an hour) and per address (20 an hour), with when to try again', async () => {
    const input = (email: string) => ({ input: { email, password: PASSWORD, displayName: '新人' } });
    const home = new Browser(t.baseUrl, address());
    for (let i = 0; i < 3; i++)
      expect((await home.gql(SIGN_UP, input('again@example.jp'))).data).toEqual({ signUp: true });
    const fourth = await new Browser(t.baseUrl, address()).gql(SIGN_UP, input('again@example.jp'));
    expect(isRateLimited(fourth)).toBe(true);
    expect(fourth.errors?.[0].message).toMatch(/分後にもう一度お試しください。$/);

    const bot = new Browser(t.baseUrl, address());
    for (let i = 0; i < 20; i++) expect(code(await bot.gql(SIGN_UP, input(`bot${i}@example.jp`)))).toBeUndefined();
    expect(isRateLimited(await bot.gql(SIGN_UP, input('bot20@example.jp')))).toBe(true);
  });

  it('the password check of account deletion backs off like sign-in, and a refused deletion deletes nothing', async () => {
    const ip = address();
    const me = await signUpAndConfirm(
      t,
      { email: 'leaving@example.jp', password: PASSWORD, displayName: '退会' },
      new Browser(t.baseUrl, ip),
    );
    const DELETE = `mutation($p: String!) { deleteMyAccount(password: $p) }`;
    for (let i = 0; i < 5; i++) expect(code(await me.gql(DELETE, { p: `wrong-${i}-xx` }))).toBe('BAD_USER_INPUT');
    const refused = await me.gql(DELETE, { p: PASSWORD });
    expect(isRateLimited(refused)).toBe(true);
    expect(refused.errors?.[0].message).toMatch(/分後にもう一度お試しください。$/);
    expect((await me.gql(`{ me { email } }`)).data).toEqual({ me: { email: 'leaving@example.jp' } });
    // The same account and address is backed off for sign-in as well.
    expect(
      isRateLimited(await new Browser(t.baseUrl, ip).gql(SIGN_IN, { email: 'leaving@example.jp', password: PASSWORD })),
    ).toBe(true);
  });

  it('NPO claims are limited to 5 an hour per person', async () => {
    const me = await signUpAndConfirm(
      t,
      { email: 'claimer@example.jp', password: PASSWORD, displayName: '申請者' },
      new Browser(t.baseUrl, address()),
    );
    const CLAIM = `mutation($n: ID!) { claimNpo(npoId: $n, message: "理事の山本です。よろしくお願いします。") { id } }`;
    for (let i = 0; i < 5; i++) expect(code(await me.gql(CLAIM, { n: randomUUID() }))).toBe('NOT_FOUND');
    const sixth = await me.gql(CLAIM, { n: randomUUID() });
    expect(isRateLimited(sixth)).toBe(true);
    expect(sixth.errors?.[0].message).toMatch(/^NPOの申請が多すぎます。\d+分後にもう一度お試しください。$/);
  });

  it('group registration is limited to 3 an hour per person, and a refused one registers nothing', async () => {
    const me = await signUpAndConfirm(
      t,
      { email: 'groups@example.jp', password: PASSWORD, displayName: '会長' },
      new Browser(t.baseUrl, address()),
    );
    const REGISTER = `mutation($i: RegisterCommunityGroupInput!) { registerCommunityGroup(input: $i) { id } }`;
    const group = (i: number) => ({
      i: { name: `若松${i}丁目自治会`, kind: 'JICHIKAI', ward: '若松区', representativeName: '会長 一郎' },
    });
    for (let i = 0; i < 3; i++) expect(code(await me.gql(REGISTER, group(i)))).toBeUndefined();
    const fourth = await me.gql(REGISTER, group(3));
    expect(isRateLimited(fourth)).toBe(true);
    expect(fourth.errors?.[0].message).toMatch(/^団体の登録が多すぎます。\d+分後にもう一度お試しください。$/);
    expect(
      (await me.gql<{ myCommunityGroups: unknown[] }>(`{ myCommunityGroups { id } }`)).data?.myCommunityGroups,
    ).toHaveLength(3);
  });
});
