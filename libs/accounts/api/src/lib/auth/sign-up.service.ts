import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { enqueueMail } from '@tsunagu/mail/api';
import {
  APP_CONFIG,
  type AppConfig,
  badUserInput,
  contractError,
  currentLanguage,
  ErrorCode,
  translate,
} from '@tsunagu/shared/api-core';
import { displayNameProblem, normalizeEmail } from '@tsunagu/shared/util';
import { accountsMessages } from '../accounts.messages';
import { accountMailMessages } from './account-mail.messages';
import type { PendingSignUpEntity } from '../entities/pending-sign-up.entity';
import type { UserAccountEntity } from '../entities/user-account.entity';
import { UserAccountRepository } from '../users/user-account.repository';
import { AttemptLimiter } from './attempt-limiter';
import { SIGN_UP_PER_ADDRESS, SIGN_UP_PER_EMAIL } from './attempt-limits.constant';
import { PasswordGate } from './password-gate';
import { PendingSignUpRepository } from './pending-sign-up.repository';
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
    private readonly users: UserAccountRepository,
    private readonly pendingSignUps: PendingSignUpRepository,
    private readonly limiter: AttemptLimiter,
    private readonly passwords: PasswordGate,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async request(input: SignUpRequest, address: string): Promise<void> {
    const email = normalizeEmail(input.email);
    const displayName = input.displayName.trim();
    if (displayNameProblem(displayName)) throw badUserInput(accountsMessages.displayNameImitatesStaff, 'displayName');
    const refusal = accountsMessages.tooManySignUps;
    await this.limiter.take(SIGN_UP_PER_ADDRESS, address, refusal);
    await this.limiter.take(SIGN_UP_PER_EMAIL, email, refusal);
    // Hashed in both cases, so that both answers take the same time.
    const passwordHash = await hashPassword(input.password);
    await this.dataSource.transaction(async (manager) => {
      const owner = await this.users.findByEmail(email, manager);
      if (owner) await this.tellOwner(manager, owner);
      else await this.sendLink(manager, { email, passwordHash, displayName });
    });
  }

  private async sendLink(
    manager: EntityManager,
    pending: Pick<PendingSignUpEntity, 'email' | 'passwordHash' | 'displayName'>,
  ): Promise<void> {
    const { token, hash } = newSecretToken();
    await this.pendingSignUps.replaceExpired(
      { ...pending, tokenHash: hash, expiresAt: new Date(Date.now() + CONFIRM_LINK_HOURS * 3_600_000) },
      manager,
    );
    await enqueueMail(manager, {
      to: pending.email,
      subject: translate(accountMailMessages.signUpSubject, {}, currentLanguage()),
      text: translate(
        accountMailMessages.signUpBody,
        {
          name: pending.displayName,
          hours: CONFIRM_LINK_HOURS,
          link: `${this.config.publicUrl}/signup/confirm?token=${token}`,
        },
        currentLanguage(),
      ),
    });
  }

  // Written to the account's owner, not to whoever is signing up: the owner's language is not
  // known (accounts keep none), so Japanese first with a line of English, as before.
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
    const unusable = () => badUserInput(accountsMessages.signUpLinkUnusable, 'token');
    const pending = await this.pendingSignUps.findUsable(hashToken(token));
    if (!pending) throw unusable();
    if (!(await this.passwords.check(pending.email, address, () => verifyPassword(pending.passwordHash, password)))) {
      throw badUserInput(accountsMessages.signUpPasswordDiffers, 'password');
    }
    return this.dataSource.transaction(async (manager) => {
      // not usable when a parallel request used it a moment ago
      if (!(await this.pendingSignUps.markUsed(pending.id, manager))) throw unusable();
      const created = await this.users.insertIfNew(pending, manager);
      if (!created) {
        // Only the holder of the mailbox gets here, so saying so tells no one anything new.
        throw contractError(ErrorCode.CONFLICT, accountsMessages.emailTaken, { field: 'email' });
      }
      await this.pendingSignUps.deleteOfEmail(pending.email, manager);
      return created;
    });
  }
}
