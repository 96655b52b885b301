import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, IsNull, MoreThan, type Repository } from 'typeorm';
import { enqueueMail } from '@tsunagu/mail/api';
import { APP_CONFIG, type AppConfig, ErrorCode, badUserInput, contractError } from '@tsunagu/shared/api-core';
import { PasswordResetEntity } from '../entities/password-reset.entity';
import { UserAccountEntity, type UserRole } from '../entities/user-account.entity';
import {
  AttemptLimiter,
  RESET_PER_ACCOUNT,
  RESET_PER_ADDRESS,
  SIGN_IN_PER_ACCOUNT,
  SIGN_IN_PER_ADDRESS,
} from './attempt-limiter';
import { hashPassword, verifyAgainstNothing, verifyPassword } from './password-hasher';
import { hashToken, newSecretToken } from './secret-token';
import { SessionService } from './session.service';

const RESET_LINK_MINUTES = 60;

export interface NewAccount {
  readonly email: string;
  readonly password: string;
  readonly displayName: string;
  readonly role?: UserRole;
}

export const normalizeEmail = (email: string) => email.trim().toLowerCase();

/** Sign-up, sign-in and password reset. Sessions are handled by SessionService. */
@Injectable()
export class AccountService {
  constructor(
    private readonly dataSource: DataSource,
    @InjectRepository(UserAccountEntity) private readonly users: Repository<UserAccountEntity>,
    @InjectRepository(PasswordResetEntity) private readonly resets: Repository<PasswordResetEntity>,
    private readonly sessions: SessionService,
    private readonly limiter: AttemptLimiter,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async create(account: NewAccount): Promise<UserAccountEntity> {
    const email = normalizeEmail(account.email);
    if (await this.users.exist({ where: { email } })) {
      throw contractError(ErrorCode.CONFLICT, 'このメールアドレスはもう登録されています。ログインしてください。', {
        field: 'email',
      });
    }
    return this.users.save(
      this.users.create({
        email,
        passwordHash: await hashPassword(account.password),
        displayName: account.displayName.trim(),
        role: account.role ?? 'MEMBER',
      }),
    );
  }

  /** Checks the password, with limits per account and per address; returns the user. */
  async authenticate(emailInput: string, password: string, address: string): Promise<UserAccountEntity> {
    const email = normalizeEmail(emailInput);
    await this.limiter.assertUnder(SIGN_IN_PER_ACCOUNT, email);
    await this.limiter.assertUnder(SIGN_IN_PER_ADDRESS, address);
    const user = await this.users.findOne({ where: { email } });
    const ok = user ? await verifyPassword(user.passwordHash, password) : await verifyAgainstNothing(password);
    if (!user || !ok) {
      await this.limiter.record(SIGN_IN_PER_ACCOUNT, email);
      await this.limiter.record(SIGN_IN_PER_ADDRESS, address);
      throw contractError(
        ErrorCode.UNAUTHENTICATED,
        'メールアドレスかパスワードが違います。 / Wrong email or password.',
      );
    }
    await this.limiter.clear(SIGN_IN_PER_ACCOUNT, email);
    return user;
  }

  /**
   * Mails a one-time link when the account exists. The answer is the same either way, so the
   * form cannot be used to find out who has an account.
   */
  async requestPasswordReset(emailInput: string, address: string): Promise<void> {
    const email = normalizeEmail(emailInput);
    await this.limiter.assertUnder(RESET_PER_ADDRESS, address);
    await this.limiter.record(RESET_PER_ADDRESS, address);
    if (await this.limiter.isOver(RESET_PER_ACCOUNT, email)) return;
    await this.limiter.record(RESET_PER_ACCOUNT, email);
    const user = await this.users.findOne({ where: { email } });
    if (!user) return;
    const { token, hash } = newSecretToken();
    const link = `${this.config.publicUrl}/reset-password?token=${token}`;
    await this.dataSource.transaction(async (manager) => {
      await manager.insert(PasswordResetEntity, {
        tokenHash: hash,
        userId: user.id,
        expiresAt: new Date(Date.now() + RESET_LINK_MINUTES * 60_000),
      });
      await enqueueMail(manager, {
        to: user.email,
        subject: '【つなぐ】パスワードの再設定 / Password reset',
        text: [
          `${user.displayName} 様`,
          '',
          'パスワードを再設定するには、次のリンクを開いてください。',
          `リンクは${RESET_LINK_MINUTES}分間、1回だけ使えます。`,
          '',
          link,
          '',
          'このメールに心当たりがない場合は、何もしなくてかまいません。',
          '',
          'To choose a new password, open the link above (valid for one hour, once).',
        ].join('\n'),
      });
    });
  }

  /** Uses a reset link once: new password, and every existing session is signed out. */
  async resetPassword(token: string, newPassword: string): Promise<UserAccountEntity> {
    const reset = await this.resets.findOne({
      where: { tokenHash: hashToken(token), usedAt: IsNull(), expiresAt: MoreThan(new Date()) },
    });
    if (!reset) {
      throw badUserInput(
        'このリンクは使えません（期限が切れたか、もう使われています）。もう一度お申し込みください。',
        'token',
      );
    }
    const passwordHash = await hashPassword(newPassword);
    await this.dataSource.transaction(async (manager) => {
      const { affected } = await manager.update(
        PasswordResetEntity,
        { id: reset.id, usedAt: IsNull() },
        { usedAt: new Date() },
      );
      if (affected !== 1) throw badUserInput('このリンクはもう使われています。', 'token');
      await manager.update(UserAccountEntity, reset.userId, { passwordHash });
    });
    await this.sessions.revokeAll(reset.userId);
    return this.users.findOneOrFail({ where: { id: reset.userId } });
  }
}
