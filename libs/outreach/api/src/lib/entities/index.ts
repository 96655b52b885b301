import { IntroductionRequestEntity } from './introduction-request.entity';
import { InvitationLetterJobEntity } from './invitation-letter-job.entity';
import { NpoClaimCodeEntity } from './npo-claim-code.entity';
import { NpoContactEntity } from './npo-contact.entity';
import { NpoEntryConfirmationEntity } from './npo-entry-confirmation.entity';

export const OUTREACH_ENTITIES = [
  IntroductionRequestEntity,
  NpoContactEntity,
  InvitationLetterJobEntity,
  NpoClaimCodeEntity,
  NpoEntryConfirmationEntity,
];
