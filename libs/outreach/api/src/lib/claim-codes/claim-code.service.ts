import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { AuthenticatedUser } from '@tsunagu/accounts/api';
import type { ClaimCodePreview, ClaimWithCodeResult } from './claim-code.model';

// Skeleton (contract first): the claim-codes helper replaces every body.
const NOT_BUILT = (): never => {
  throw new Error('claim codes: not built yet');
};

export interface IssuedCode {
  /** as printed: e.g. "K7PD-R2XM" */
  readonly code: string;
  readonly expiresAt: Date;
}

@Injectable()
export class ClaimCodeService {
  /** A new one-time code for the NPO, kept as a hash; the letters job prints the plain code. */
  issue(
    _npoId: string,
    _letterJobId: string | null,
    _issuedBy: string | null,
    _manager: EntityManager,
  ): Promise<IssuedCode> {
    return NOT_BUILT();
  }
  preview(_code: string, _user: AuthenticatedUser | undefined, _address: string): Promise<ClaimCodePreview> {
    return NOT_BUILT();
  }
  claim(_user: AuthenticatedUser, _code: string, _address: string): Promise<ClaimWithCodeResult> {
    return NOT_BUILT();
  }
  /** How many letters (codes) went to each NPO, and when the last one did */
  lettersPrinted(_npoIds: readonly string[]): Promise<Map<string, { count: number; lastAt: Date }>> {
    return NOT_BUILT();
  }
}
