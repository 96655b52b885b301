import { beforeEach, describe, expect, it } from 'vitest';
import { claimPath, keepPendingClaimCode, normalizeClaimCode, takePendingClaimCode } from './pending-claim-code';

beforeEach(() => localStorage.clear());

describe('the letter’s code', () => {
  it('reads as printed whatever the phone typed (full-width, small letters, spaces)', () => {
    expect(normalizeClaimCode(' ｋ７ｐｄ－ｒ２ｘｍ ')).toBe('K7PD-R2XM');
    expect(normalizeClaimCode('k7pd r2xm')).toBe('K7PDR2XM');
  });

  it('is kept through sign-up and taken once', () => {
    keepPendingClaimCode('K7PD-R2XM');
    expect(takePendingClaimCode()).toBe('K7PD-R2XM');
    expect(takePendingClaimCode()).toBeNull();
  });

  it('has a claim page that the sign-in page accepts as ?next=', () => {
    expect(claimPath('K7PD-R2XM')).toBe('/claim/K7PD-R2XM');
  });
});
