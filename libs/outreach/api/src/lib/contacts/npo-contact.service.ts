import { Injectable } from '@nestjs/common';
import type { AuthenticatedUser } from '@tsunagu/accounts/api';
import type { NpoContact, NpoContactInput } from './npo-contact.model';

// Skeleton (contract first): the contacts helper replaces every body.
const NOT_BUILT = (): never => {
  throw new Error('npo contacts: not built yet');
};

@Injectable()
export class NpoContactService {
  list(_staff: AuthenticatedUser, _npoId: string): Promise<NpoContact[]> {
    return NOT_BUILT();
  }
  record(_staff: AuthenticatedUser, _npoId: string, _input: NpoContactInput): Promise<NpoContact> {
    return NOT_BUILT();
  }
  remove(_staff: AuthenticatedUser, _id: string): Promise<boolean> {
    return NOT_BUILT();
  }
  /** The newest contact of each NPO that has one (for the queue and the letters' mail) */
  latestFor(_npoIds: readonly string[]): Promise<Map<string, NpoContact>> {
    return NOT_BUILT();
  }
}
