import { Injectable } from '@nestjs/common';
import type { AuthenticatedUser } from '@tsunagu/accounts/api';
import type { GenerateInvitationLettersInput, InvitationLetterJob } from './invitation-letter.model';

// Skeleton (contract first): the letters helper replaces every body.
const NOT_BUILT = (): never => {
  throw new Error('invitation letters: not built yet');
};

@Injectable()
export class InvitationLetterService {
  generate(_staff: AuthenticatedUser, _input: GenerateInvitationLettersInput): Promise<InvitationLetterJob> {
    return NOT_BUILT();
  }
  job(_staff: AuthenticatedUser, _id: string): Promise<InvitationLetterJob> {
    return NOT_BUILT();
  }
  jobs(_staff: AuthenticatedUser): Promise<InvitationLetterJob[]> {
    return NOT_BUILT();
  }
}
