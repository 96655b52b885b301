import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, LessThan } from 'typeorm';
import { enqueueMail } from '@tsunagu/mail/api';
import { APP_CONFIG, type AppConfig, ErrorCode, badUserInput, contractError } from '@tsunagu/shared/api-core';
import { DISPLAY_NAME_IMITATES_STAFF, displayNameProblem, normalizeEmail } from '@tsunagu/shared/util';
import { PendingSignUpEntity } from '../entities/pending-sign-up.entity';
import { UserAccountEntity } from '../entities/user-account.entity';
import { AttemptLimiter } from './attempt-limiter';
import { SIGN_UP_PER_ADDRESS, SIGN_UP_PER_EMAIL } from './attempt-limits.constant';
import { PasswordGate } from './password-gate';
import { hashPassword, verifyPassword } from './password-hasher';
import { hashToken, newSecretToken } from './secret-token';

const CONFIRM_LINK_HOURS = 24;

export interface SignUpRequest {
  readonly email: string;
  readonly password: string;
  readonly displayName: string;
}

/**
 * Sign-up by the public, in two steps. `request` answers the same whether the address already
 * has an account or not (so the form cannot tell who is registered): a new address gets a
 * one-time link, a registered one gets a note to its owner. `confirm` uses the link once: the
 * account is created and the person signed in.
 */
@Injectable()
export class SignUpService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly limiter: AttemptLimiter,
    private readonly passwords: PasswordGate,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async request(input: SignUpRequest, address: string): Promise<void> {
    const email = normalizeEmail(input.email);
    const displayName = input.displayName.trim();
    if (displayNameProblem(displayName)) throw badUserInput(DISPLAY_NAME_IMITATES_STAFF, 'displayName');
    const refusal = '登録の申し込みが多すぎます。';
    await this.limiter.take(SIGN_UP_PER_ADDRESS, address, refusal);
    await this.limiter.take(SIGN_UP_PER_EMAIL, email, refusal);
    // Hashed in both cases, so that both answers take the same time.
    const passwordHash = await hashPassword(input.password);
    await this.dataSource.transaction(async (manager) => {
      const owner = await manager.findOne(UserAccountEntity, { where: { email } });
      if (owner) await this.tellOwner(manager, owner);
      else await this.sendLink(manager, { email, passwordHash, displayName });
    });
  }

  private async sendLink(
    manager: EntityManager,
    pending: Pick<PendingSignUpEntity, 'email' | 'passwordHash' | 'displayName'>,
  ): Promise<void> {
    const { token, hash } = newSecretToken();
    // Links nobody used are forgotten once they can no longer be used.
    await manager.delete(PendingSignUpEntity, { expiresAt: LessThan(new Date()) });
    await manager.insert(PendingSignUpEntity, {
      ...pending,
      tokenHash: hash,
      expiresAt: new Date(Date.now() + CONFIRM_LINK_HOURS * 3_600_000),
    });
    await enqueueMail(manager, {
      to: pending.email,
      subject: '【つなぐ】登録の確認 / Please confirm your sign-up',
      text: [
        `${pending.displayName} 様`,
        '',
        'つなぐへの登録を終えるには、次のリンクを開き、登録のときに決めたパスワードを入れて「登録を終える」を押してください。',
        `リンクは${CONFIRM_LINK_HOURS}時間、1回だけ使えます。`,
        '',
        `${this.config.publicUrl}/signup/confirm?token=${token}`,
        '',
        'このメールに心当たりがない場合は、リンクを開かずに、何もしないでください（登録はされません）。',
        '',
        `To finish signing up, open the link above (valid for ${CONFIRM_LINK_HOURS} hours, once).`,
      ].join('\n'),
    });
  }

  private async tellOwner(manager: EntityManager, owner: UserAccountEntity): Promise<void> {
    await enqueueMail(manager, {
      to: owner.email,
      subject: '【つなぐ】このメールアドレスで登録しようとした人がいます',
      text: [
        `${owner.displayName} 様`,
        '',
        'このメールアドレスで登録しようとした人がいます。ご本人ならログインするか、パスワードを再設定してください。',
        '',
        `ログイン: ${this.config.publicUrl}/login`,
        `パスワードの再設定: ${this.config.publicUrl}/reset-password/request`,
        '',
        'お心当たりがない場合は、何もしなくてかまいません。アカウントはそのままです。',
        '',
        'Someone tried to sign up with this address. If it was you, sign in or reset your password.',
      ].join('\n'),
    });
  }

  /**
   * Uses a confirmation link once, with the password chosen at sign-up (checked within the
   * limits of PasswordGate): the account is created; the caller signs the person in. A wrong
   * password leaves the link usable.
   */
  async confirm(token: string, password: string, address: string): Promise<UserAccountEntity> {
    const unusable = () =>
      badUserInput('このリンクは使えません（期限が切れたか、もう使われています）。もう一度登録してください。', 'token');
    const [pending]: PendingRow[] = await this.dataSource.query(
      `SELECT id, email, password_hash, display_name FROM pending_sign_up
        WHERE token_hash = $1 AND used_at IS NULL AND expires_at > now()`,
      [hashToken(token)],
    );
    if (!pending) throw unusable();
    if (!(await this.passwords.check(pending.email, address, () => verifyPassword(pending.password_hash, password)))) {
      throw badUserInput('パスワードが、登録のときに決めたものと違います。', 'password');
    }
    return this.dataSource.transaction(async (manager) => {
      const [, used]: [unknown[], number] = await manager.query(
        `UPDATE pending_sign_up SET used_at = now() WHERE id = $1 AND used_at IS NULL`,
        [pending.id],
      );
      if (used !== 1) throw unusable(); // used by a parallel request a moment ago
      const [created]: Array<{ id: string }> = await manager.query(
        `INSERT INTO user_account (email, password_hash, display_name) VALUES ($1, $2, $3)
         ON CONFLICT (email) DO NOTHING RETURNING id`,
        [pending.email, pending.password_hash, pending.display_name],
      );
      if (!created) {
        // Only the holder of the mailbox gets here, so saying so tells no one anything new.
        throw contractError(ErrorCode.CONFLICT, 'このメールアドレスはもう登録されています。ログインしてください。', {
          field: 'email',
        });
      }
      await manager.delete(PendingSignUpEntity, { email: pending.email });
      return manager.findOneOrFail(UserAccountEntity, { where: { id: created.id } });
    });
  }
}

interface PendingRow {
  id: string;
  email: string;
  password_hash: string;
  display_name: string;
}
