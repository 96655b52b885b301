import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { enqueueMail } from '@tsunagu/mail/api';
import {
  APP_CONFIG,
  type AppConfig,
  badUserInput,
  contractError,
  currentLanguage,
  ErrorCode,
  translate,
  unauthenticated,
} from '@tsunagu/shared/api-core';
import { normalizeEmail } from '@tsunagu/shared/util';
import { accountsMessages } from '../accounts.messages';
import { accountMailMessages } from './account-mail.messages';
import type { UserAccountEntity, UserRole } from '../entities/user-account.entity';
import { UserAccountRepository } from '../users/user-account.repository';
import { AttemptLimiter } from './attempt-limiter';
import { RESET_PER_ACCOUNT, RESET_PER_ADDRESS } from './attempt-limits.constant';
import { PasswordGate } from './password-gate';
import { PasswordResetRepository } from './password-reset.repository';
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

/**
 * Accounts that exist at once (demo seed, create-user), sign-in and password reset. Sign-up by
 * the public goes through SignUpService (confirmed by mail); sessions through SessionService.
 */
@Injectable()
export class AccountService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly users: UserAccountRepository,
    private readonly resets: PasswordResetRepository,
    private readonly sessions: SessionService,
    private readonly limiter: AttemptLimiter,
    private readonly passwords: PasswordGate,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async create(account: NewAccount): Promise<UserAccountEntity> {
    const email = normalizeEmail(account.email);
    if (await this.users.findByEmail(email)) {
      throw contractError(ErrorCode.CONFLICT, accountsMessages.emailTaken, { field: 'email' });
    }
    return this.users.create({
      email,
      passwordHash: await hashPassword(account.password),
      displayName: account.displayName.trim(),
      role: account.role ?? 'MEMBER',
    });
  }

  /** Checks the password within the limits of PasswordGate; returns the user. */
  async authenticate(emailInput: string, password: string, address: string): Promise<UserAccountEntity> {
    const email = normalizeEmail(emailInput);
    let user = null as UserAccountEntity | null; // set in the check (not narrowed to null)
    const ok = await this.passwords.check(email, address, async () => {
      user = await this.users.findByEmail(email);
      return user ? verifyPassword(user.passwordHash, password) : verifyAgainstNothing(password);
    });
    if (!user || !ok) {
      throw unauthenticated(accountsMessages.wrongEmailOrPassword);
    }
    return user;
  }

  /**
   * Mails a one-time link when the account exists. The answer is the same either way, so the
   * form cannot be used to find out who has an account.
   */
  async requestPasswordReset(emailInput: string, address: string): Promise<void> {
    const email = normalizeEmail(emailInput);
    await this.limiter.take(RESET_PER_ADDRESS, address);
    // Over the per-account limit the answer stays "sent" (no hint), but no more mail goes out.
    if (!(await this.limiter.tryTake(RESET_PER_ACCOUNT, email))) return;
    const user = await this.users.findByEmail(email);
    if (!user) return;
    const { token, hash } = newSecretToken();
    const link = `${this.config.publicUrl}/reset-password?token=${token}`;
    await this.dataSource.transaction(async (manager) => {
      await this.resets.insert(
        { tokenHash: hash, userId: user.id, expiresAt: new Date(Date.now() + RESET_LINK_MINUTES * 60_000) },
        manager,
      );
      await enqueueMail(manager, {
        to: user.email,
        subject: translate(accountMailMessages.resetSubject, {}, currentLanguage()),
        text: translate(
          accountMailMessages.resetBody,
          { name: user.displayName, minutes: RESET_LINK_MINUTES, link },
          currentLanguage(),
        ),
      });
    });
  }

  /** Uses a reset link once: new password, and every existing session is signed out. */
  async resetPassword(token: string, newPassword: string): Promise<UserAccountEntity> {
    const reset = await this.resets.findUsable(hashToken(token));
    if (!reset) throw badUserInput(accountsMessages.resetLinkUnusable, 'token');
    const passwordHash = await hashPassword(newPassword);
    await this.dataSource.transaction(async (manager) => {
      if (!(await this.resets.useAndSetPassword(reset, passwordHash, manager))) {
        throw badUserInput(accountsMessages.resetLinkUsed, 'token');
      }
    });
    await this.sessions.revokeAll(reset.userId);
    return this.users.findByIdOrFail(reset.userId);
  }
}
