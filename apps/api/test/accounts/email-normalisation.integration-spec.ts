import { DataSource } from 'typeorm';
import { AccountService } from '@tsunagu/accounts/api';
import { MIGRATIONS } from '../../src/database/migrations';
import { AccountThrottleAndSignUpConfirmation1764920000000 } from '../../src/database/migrations/1764920000000-account-throttle-and-sign-up-confirmation';
import { type TestApp, createTestDatabase, startTestApp } from '../test-services';
import { SIGN_UP, mailsTo } from './mailbox';
import { SessionClient as Browser, type GqlResult } from './session-client';

const PASSWORD = 'demo-staff-2026';
const code = (r: GqlResult<unknown>) => r.errors?.[0]?.extensions?.['code'];

/** Security review #11: one form of every email address, and no display names that pass for city staff. */
describe('email normalisation and display names', () => {
  let t: TestApp;
  let db: DataSource;
  beforeAll(async () => {
    t = await startTestApp();
    db = t.app.get(DataSource);
    // As the demo seed and create-user do: staff accounts exist at once.
    await t.app
      .get(AccountService)
      .create({ email: 'staff@demo.tsunagu.jp', password: PASSWORD, displayName: '市の職員（デモ）', role: 'STAFF' });
  });
  afterAll(async () => {
    await t?.close();
  });

  it('ｓｔａｆｆ@demo.tsunagu.jp signs up as staff@demo.tsunagu.jp: no look-alike account, the owner is told instead', async () => {
    const up = await new Browser(t.baseUrl).gql(SIGN_UP, {
      input: { email: 'ｓｔａｆｆ@demo.tsunagu.jp', password: 'look-alike-1', displayName: '山田' },
    });
    expect(up.data).toEqual({ signUp: true });
    const mails = await mailsTo(t, 'staff@demo.tsunagu.jp');
    expect(mails.map((m) => m.text).join('\n')).toContain('このメールアドレスで登録しようとした人がいます。');
    expect((await mailsTo(t, 'ｓｔａｆｆ@demo.tsunagu.jp')).length).toBe(0);
    const [{ n }] = await db.query(`SELECT count(*)::int AS n FROM pending_sign_up`);
    expect(n).toBe(0);
  });

  it('sign-in and password reset take the full-width form of an address as the address', async () => {
    const b = new Browser(t.baseUrl);
    await b.signIn(' ＳＴＡＦＦ＠ｄｅｍｏ．ｔｓｕｎａｇｕ．ｊｐ　', PASSWORD);
    expect((await b.gql(`{ me { email role } }`)).data).toEqual({
      me: { email: 'staff@demo.tsunagu.jp', role: 'STAFF' },
    });
    await new Browser(t.baseUrl).gql(`mutation { requestPasswordReset(email: "Ｓｔａｆｆ@demo.tsunagu.jp") }`);
    expect((await mailsTo(t, 'staff@demo.tsunagu.jp')).some((m) => /reset-password\?token=/.test(m.text))).toBe(true);
  });

  it('create-user (AccountService.create) stores the normalised address and refuses its look-alike', async () => {
    const accounts = t.app.get(AccountService);
    const user = await accounts.create({
      email: ' ａｄｍｉｎ２@Example.JP ',
      password: PASSWORD,
      displayName: '管理者',
      role: 'ADMIN',
    });
    expect(user.email).toBe('admin2@example.jp');
    await expect(
      accounts.create({ email: 'ADMIN2@example.jp', password: PASSWORD, displayName: '管理者', role: 'ADMIN' }),
    ).rejects.toMatchObject({ extensions: { code: 'CONFLICT' } });
  });

  it.each(['北九州市役所', '市の職員 山田', 'つなぐ運営事務局', 'ＳＴＡＦＦ', 'Official'])(
    'refuses the display name %s at sign-up, before anything is sent',
    async (displayName) => {
      const email = `name-${Buffer.from(displayName).toString('hex').slice(0, 16)}@example.jp`;
      const r = await new Browser(t.baseUrl).gql(SIGN_UP, { input: { email, password: 'long-enough-1', displayName } });
      expect(code(r)).toBe('BAD_USER_INPUT');
      expect(r.errors?.[0].extensions?.['field']).toBe('displayName');
      expect(r.errors?.[0].message).toBe('この名前は使えません（市の職員と間違われる名前です）');
      expect(await mailsTo(t, email)).toEqual([]);
    },
  );
});

describe(AccountThrottleAndSignUpConfirmation1764920000000.name, () => {
  it('normalises stored emails, and keeps both rows of a look-alike pair with an audit_log entry', async () => {
    const target = await createTestDatabase();
    const options = { type: 'postgres' as const, url: target.url, logging: false };
    const mine = MIGRATIONS.indexOf(AccountThrottleAndSignUpConfirmation1764920000000);
    const before = new DataSource({ ...options, migrations: MIGRATIONS.slice(0, mine) });
    try {
      await before.initialize();
      await before.runMigrations({ transaction: 'each' });
      const insert = (email: string) =>
        before.query(
          `INSERT INTO user_account (email, password_hash, display_name) VALUES ($1, 'x', 'x') RETURNING id`,
          [email],
        );
      const [lonely] = await insert('ｙａｍａｄａ@example.jp'); // only form of this address
      const [real] = await insert('staff@demo.tsunagu.jp');
      const [lookAlike] = await insert('ｓｔａｆｆ@demo.tsunagu.jp');
      await before.destroy();

      const after = new DataSource({ ...options, migrations: MIGRATIONS });
      await after.initialize();
      await after.runMigrations({ transaction: 'each' });
      const rows: Array<{ id: string; email: string }> = await after.query(`SELECT id, email FROM user_account`);
      const emailOf = (id: string) => rows.find((r) => r.id === id)?.email;
      expect(emailOf(lonely.id)).toBe('yamada@example.jp');
      expect(emailOf(real.id)).toBe('staff@demo.tsunagu.jp');
      expect(emailOf(lookAlike.id)).toBe('ｓｔａｆｆ@demo.tsunagu.jp'); // kept, not merged or deleted
      const logged = await after.query(`SELECT target_id, detail FROM audit_log WHERE action = 'user.email-collision'`);
      expect(logged).toEqual([
        { target_id: lookAlike.id, detail: { storedEmail: 'ｓｔａｆｆ@demo.tsunagu.jp', sameAsUserId: real.id } },
      ]);
      // From now on only the normalised form can be written.
      await expect(
        after.query(
          `INSERT INTO user_account (email, password_hash, display_name) VALUES ('Ｎｅｗ@example.jp', 'x', 'x')`,
        ),
      ).rejects.toThrow(/user_account_email_normalized/);
      await after.destroy();
    } finally {
      if (before.isInitialized) await before.destroy();
      await target.drop();
    }
  });
});
