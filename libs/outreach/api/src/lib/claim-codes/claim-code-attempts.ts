import { Injectable } from '@nestjs/common';
import { AttemptLimiter, CLAIM_CODE_WRONG_PER_ADDRESS, CLAIM_CODE_WRONG_PER_PERSON } from '@tsunagu/accounts/api';
import { outreachMessages } from '../outreach.messages';

/** The tries one look-up took, to give back when the code turns out to exist. */
export interface TakenTries {
  readonly userId: string | undefined;
  readonly address: string;
}

/**
 * Wrong claim codes, limited per person and per address (the claim page's preview and the claim
 * share the budget: either could be used to guess). Every look-up counts BEFORE the code is
 * checked, so a limited guesser learns nothing, not even that a guess was right; a code that
 * exists (used, expired or not) then gives its tries back: only codes that do not exist count.
 */
@Injectable()
export class ClaimCodeAttempts {
  constructor(private readonly limiter: AttemptLimiter) {}

  /** Counts one try of the person (when signed in) and of the address, or refuses (RATE_LIMITED). */
  async take(userId: string | undefined, address: string): Promise<TakenTries> {
    const refusal = outreachMessages.claimTooManyWrong;
    if (userId) await this.limiter.take(CLAIM_CODE_WRONG_PER_PERSON, userId, refusal);
    try {
      await this.limiter.take(CLAIM_CODE_WRONG_PER_ADDRESS, address, refusal);
    } catch (error) {
      if (userId) await this.limiter.giveBack(CLAIM_CODE_WRONG_PER_PERSON, userId);
      throw error;
    }
    return { userId, address };
  }

  async giveBack(taken: TakenTries): Promise<void> {
    if (taken.userId) await this.limiter.giveBack(CLAIM_CODE_WRONG_PER_PERSON, taken.userId);
    await this.limiter.giveBack(CLAIM_CODE_WRONG_PER_ADDRESS, taken.address);
  }
}
