import { Injectable } from '@nestjs/common';
import type { AuthenticatedUser } from '@tsunagu/accounts/api';
import type { NpoEntryConfirmation, NpoEntryOutcome } from './npo-entry-confirmation.model';

// Skeleton (contract first): the claim-codes helper replaces every body.
const NOT_BUILT = (): never => {
  throw new Error('entry confirmations: not built yet');
};

@Injectable()
export class NpoEntryConfirmationService {
  confirm(
    _user: AuthenticatedUser,
    _npoId: string,
    _outcome: NpoEntryOutcome,
    _note: string | null,
  ): Promise<NpoEntryConfirmation> {
    return NOT_BUILT();
  }
  list(_staff: AuthenticatedUser): Promise<NpoEntryConfirmation[]> {
    return NOT_BUILT();
  }
}
