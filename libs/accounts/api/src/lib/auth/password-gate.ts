import { Injectable } from '@nestjs/common';
import { accountsMessages } from '../accounts.messages';
import { PASSWORD_BACKOFF, PASSWORD_PER_ADDRESS } from './attempt-limits.constant';
import { AttemptLimiter } from './attempt-limiter';

/**
 * Every check of a password (sign-in, account deletion) goes through here. A try is counted as a
 * failure BEFORE the hash is checked and un-counted when the password was right, so parallel
 * wrong guesses are held to the limits exactly.
 */
@Injectable()
export class PasswordGate {
  constructor(private readonly limiter: AttemptLimiter) {}

  /** Runs `check` unless this account+address must wait or this address tried too often; its answer. */
  async check(email: string, address: string, check: () => Promise<boolean>): Promise<boolean> {
    const pair = `${email}\n${address}`;
    await this.limiter.take(PASSWORD_PER_ADDRESS, address, accountsMessages.tooManyWrongPasswordsFromAddress);
    try {
      await this.limiter.reserveFailure(PASSWORD_BACKOFF, pair, accountsMessages.tooManyWrongPasswords);
    } catch (refusal) {
      await this.limiter.giveBack(PASSWORD_PER_ADDRESS, address);
      throw refusal;
    }
    const ok = await check();
    if (ok) {
      await this.limiter.clearFailures(PASSWORD_BACKOFF, pair);
      await this.limiter.giveBack(PASSWORD_PER_ADDRESS, address);
    }
    return ok;
  }
}
