import { Injectable } from '@nestjs/common';
import type { Message } from '@tsunagu/shared/api-core';
import { accountsMessages } from '../accounts.messages';
import type { BackoffPolicy, WindowLimit } from './attempt-limits.constant';
import { AuthThrottleRepository } from './auth-throttle.repository';
import { rateLimited } from './rate-limited.error';

/** Each refusal holds `{minutes}`: when to come back. */
const DEFAULT_REFUSAL: Message = accountsMessages.tooManyTries;

/**
 * Rate limits kept in PostgreSQL, so they hold across restarts and several app processes. Every
 * check also records the try in the same statement (see AuthThrottleRepository): there is no gap
 * between "how many so far?" and "one more" for parallel requests to slip through.
 */
@Injectable()
export class AttemptLimiter {
  constructor(private readonly throttle: AuthThrottleRepository) {}

  /** Counts one try, or refuses (nothing counted) with when to come back. */
  async take(limit: WindowLimit, subject: string, refusal = DEFAULT_REFUSAL): Promise<void> {
    if (await this.tryTake(limit, subject)) return;
    throw rateLimited(refusal, await this.throttle.windowOpensAt(limit.kind, subject, limit.windowMinutes * 60));
  }

  /** Counts one try and says whether it was allowed (for limits that answer silently). */
  tryTake(limit: WindowLimit, subject: string): Promise<boolean> {
    return this.throttle.takeWindowSlot(limit.kind, subject, limit.max, limit.windowMinutes * 60);
  }

  /** Un-counts a try that turned out not to count (a right password). */
  giveBack(limit: WindowLimit, subject: string): Promise<void> {
    return this.throttle.returnWindowSlot(limit.kind, subject);
  }

  /** Counts a failure in advance, or refuses while the subject must wait. */
  async reserveFailure(policy: BackoffPolicy, subject: string, refusal = DEFAULT_REFUSAL): Promise<void> {
    const reserved = await this.throttle.reserveFailure(policy.kind, subject, {
      free: policy.free,
      baseSeconds: policy.firstWaitMinutes * 60,
      capSeconds: policy.maxWaitMinutes * 60,
      forgetSeconds: policy.forgetMinutes * 60,
    });
    if (!reserved) throw rateLimited(refusal, await this.throttle.notBefore(policy.kind, subject));
  }

  /** Forgets every failure of the subject (after a right password). */
  clearFailures(policy: BackoffPolicy, subject: string): Promise<void> {
    return this.throttle.clear(policy.kind, subject);
  }
}
