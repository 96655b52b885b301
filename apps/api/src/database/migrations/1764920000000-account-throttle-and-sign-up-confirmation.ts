import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The one email form the app writes and looks up (NFKC, trimmed, lower case). */
const normalized = (column: string) => `lower(btrim(normalize(${column}, NFKC)))`;

/**
 * Security review #11:
 * - `auth_throttle` replaces `auth_attempt`: one counter row per (kind, subject) that a single
 *   `INSERT … ON CONFLICT … DO UPDATE` counts and checks at once, so parallel tries cannot slip past.
 * - `pending_sign_up`: a sign-up waits here until the mailed link is used; `user_account` holds
 *   only confirmed people.
 * - Stored emails are normalised. A row whose normalised email is already someone else's is kept
 *   as it is (never merged or deleted: both may be real people) and written to `audit_log` as
 *   `user.email-collision` for an operator; every row written from now on must be normalised, so
 *   the unique index on `email` is a unique index on the normalised form.
 */
export class AccountThrottleAndSignUpConfirmation1764920000000 implements MigrationInterface {
  name = 'AccountThrottleAndSignUpConfirmation1764920000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE auth_attempt`);
    await q.query(`
      CREATE TABLE auth_throttle (
        kind text NOT NULL,
        subject text NOT NULL,
        hits integer NOT NULL,
        since timestamptz NOT NULL DEFAULT now(),
        not_before timestamptz,
        PRIMARY KEY (kind, subject)
      )`);
    await q.query(`
      CREATE TABLE pending_sign_up (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        token_hash text NOT NULL UNIQUE,
        email text NOT NULL,
        password_hash text NOT NULL,
        display_name text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        used_at timestamptz
      )`);
    await q.query(`CREATE INDEX pending_sign_up_email_idx ON pending_sign_up (email)`);

    await q.query(`
      UPDATE user_account u SET email = ${normalized('u.email')}
       WHERE u.email <> ${normalized('u.email')}
         AND NOT EXISTS (SELECT 1 FROM user_account o WHERE o.id <> u.id
                          AND ${normalized('o.email')} = ${normalized('u.email')})`);
    const collisions: Array<{ id: string; email: string; other_id: string }> = await q.query(`
      SELECT u.id, u.email, o.id AS other_id FROM user_account u
        JOIN user_account o ON o.id <> u.id AND ${normalized('o.email')} = ${normalized('u.email')}
       WHERE u.email <> ${normalized('u.email')}`);
    for (const c of collisions) {
      q.connection.logger.log(
        'warn',
        `user_account ${c.id} (${c.email}) looks like account ${c.other_id} once normalised; both kept, see audit_log user.email-collision`,
      );
      await q.query(
        `INSERT INTO audit_log (action, target_type, target_id, detail) VALUES ('user.email-collision', 'user', $1, $2)`,
        [c.id, JSON.stringify({ storedEmail: c.email, sameAsUserId: c.other_id })],
      );
    }
    await q.query(`ALTER TABLE user_account DROP CONSTRAINT IF EXISTS user_account_email_check`);
    // NOT VALID: the colliding rows kept above stay as they are; every new or changed row is checked.
    await q.query(
      `ALTER TABLE user_account ADD CONSTRAINT user_account_email_normalized CHECK (email = ${normalized('email')}) NOT VALID`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE user_account DROP CONSTRAINT user_account_email_normalized`);
    await q.query(
      `ALTER TABLE user_account ADD CONSTRAINT user_account_email_check CHECK (email = lower(email)) NOT VALID`,
    );
    await q.query(`DELETE FROM audit_log WHERE action = 'user.email-collision'`);
    await q.query(`DROP TABLE pending_sign_up`);
    await q.query(`DROP TABLE auth_throttle`);
    await q.query(`
      CREATE TABLE auth_attempt (
        id bigserial PRIMARY KEY,
        kind text NOT NULL,
        subject text NOT NULL,
        at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX auth_attempt_lookup_idx ON auth_attempt (kind, subject, at)`);
  }
}
