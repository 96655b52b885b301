import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { AuthenticatedUser } from '@tsunagu/accounts/api';
import type {
  ForwardedHow,
  IntroductionCloseReason,
  IntroductionQueueItem,
  IntroductionRequest,
  IntroductionRequestStatus,
} from './introduction-request.model';

// Skeleton (contract first): the requests helper replaces every body.
const NOT_BUILT = (): never => {
  throw new Error('introduction requests: not built yet');
};

@Injectable()
export class IntroductionRequestService {
  request(_user: AuthenticatedUser, _needId: string, _npoId: string): Promise<IntroductionRequest> {
    return NOT_BUILT();
  }
  forNeed(_user: AuthenticatedUser, _needId: string): Promise<IntroductionRequest[]> {
    return NOT_BUILT();
  }
  waitingForNpo(_user: AuthenticatedUser, _npoId: string): Promise<IntroductionRequest[]> {
    return NOT_BUILT();
  }
  queue(_staff: AuthenticatedUser, _status: IntroductionRequestStatus | null): Promise<IntroductionQueueItem[]> {
    return NOT_BUILT();
  }
  markForwarded(_staff: AuthenticatedUser, _npoId: string, _how: ForwardedHow): Promise<number> {
    return NOT_BUILT();
  }
  close(
    _staff: AuthenticatedUser,
    _id: string,
    _reason: IntroductionCloseReason,
    _note: string | null,
  ): Promise<IntroductionRequest> {
    return NOT_BUILT();
  }
  /** NPOs with open requests on the CITY route (for the letters' WAITING_REQUESTS), oldest request first */
  npoIdsWaiting(): Promise<string[]> {
    return NOT_BUILT();
  }
  /** A letter (or its mail) went out: these NPOs' WAITING requests become FORWARDED, in the letters' transaction */
  forwardedByLetter(
    _npoIds: readonly string[],
    _how: 'LETTER' | 'MAIL',
    _by: string | null,
    _manager: EntityManager,
  ): Promise<void> {
    return NOT_BUILT();
  }
}
