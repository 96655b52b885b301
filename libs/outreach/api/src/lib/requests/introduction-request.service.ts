import { Injectable } from '@nestjs/common';
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
}
