/** At most `max` tries per `windowMinutes` for one subject (an address, an email, a person). */
export interface WindowLimit {
  readonly kind: string;
  readonly max: number;
  readonly windowMinutes: number;
}

/**
 * Failures of one subject (an account from one address) slow that subject down: the first
 * `free` failures cost nothing, then each one means a wait of `firstWaitMinutes`, doubling up
 * to `maxWaitMinutes`. A right password clears them; so do `forgetMinutes` without a failure.
 */
export interface BackoffPolicy {
  readonly kind: string;
  readonly free: number;
  readonly firstWaitMinutes: number;
  readonly maxWaitMinutes: number;
  readonly forgetMinutes: number;
}

/**
 * Password checks, per (account, address): the owner on another address is never slowed down by
 * someone else guessing, which a plain per-account lock-out allowed (anyone could lock the staff
 * desk for 15 minutes). Sign-in and the password check of account deletion share it.
 */
export const PASSWORD_BACKOFF: BackoffPolicy = {
  kind: 'password:account-address',
  free: 5,
  firstWaitMinutes: 1,
  maxWaitMinutes: 15,
  forgetMinutes: 24 * 60,
};
/** Wrong passwords from one address over every account: one address cannot spray. */
export const PASSWORD_PER_ADDRESS: WindowLimit = { kind: 'password:address', max: 20, windowMinutes: 15 };

export const RESET_PER_ACCOUNT: WindowLimit = { kind: 'reset:account', max: 3, windowMinutes: 60 };
export const RESET_PER_ADDRESS: WindowLimit = { kind: 'reset:address', max: 10, windowMinutes: 60 };

// 20, not fewer: a 市民センター workshop may sign several people up from one address.
export const SIGN_UP_PER_ADDRESS: WindowLimit = { kind: 'sign-up:address', max: 20, windowMinutes: 60 };
export const SIGN_UP_PER_EMAIL: WindowLimit = { kind: 'sign-up:email', max: 3, windowMinutes: 60 };

export const NPO_CLAIM_PER_PERSON: WindowLimit = { kind: 'npo-claim:user', max: 5, windowMinutes: 60 };
export const GROUP_REGISTRATION_PER_PERSON: WindowLimit = {
  kind: 'group-registration:user',
  max: 3,
  windowMinutes: 60,
};

/**
 * Claim codes of the city's invitation letters (outreach): codes that do not exist, per person and
 * per address, shared by the claim page's preview and the claim itself (both could be used to
 * guess). A right code — even an expired or used one — gives its try back.
 */
export const CLAIM_CODE_WRONG_PER_PERSON: WindowLimit = { kind: 'claim-code:user', max: 5, windowMinutes: 60 };
export const CLAIM_CODE_WRONG_PER_ADDRESS: WindowLimit = { kind: 'claim-code:address', max: 20, windowMinutes: 60 };
/** Wrong takeover codes of assisted groups (issue #15): the officer types the code from paper. */
export const TAKEOVER_CODE_WRONG_PER_PERSON: WindowLimit = { kind: 'takeover-code:user', max: 5, windowMinutes: 60 };
