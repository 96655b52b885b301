import { Injectable, type OnModuleInit } from '@nestjs/common';
import { PersonalDataRegistry } from '@tsunagu/shared/api-core';
import { ClaimCodeRepository } from './claim-codes/claim-code.repository';
import { NpoEntryConfirmationRepository } from './confirmations/npo-entry-confirmation.repository';
import { IntroductionRequestRepository } from './requests/introduction-request.repository';

/**
 * The outreach domain's part of 「わたしのデータ」: which NPOs the person asked for on which needs,
 * the letters' codes they used and what they answered about their NPO's entry. (The contacts
 * staff hold are the NPO's, not the staff member's: they are not in anyone's export; their rule
 * is in NpoContactService.)
 */
@Injectable()
export class OutreachPersonalData implements OnModuleInit {
  constructor(
    private readonly registry: PersonalDataRegistry,
    private readonly requests: IntroductionRequestRepository,
    private readonly codes: ClaimCodeRepository,
    private readonly confirmations: NpoEntryConfirmationRepository,
  ) {}

  onModuleInit(): void {
    this.registry.register({ name: 'introductionsRequested', collect: (userId) => this.requests.madeBy(userId) });
    this.registry.register({ name: 'npoClaimCodesUsed', collect: (userId) => this.codes.usedBy(userId) });
    this.registry.register({
      name: 'npoEntryConfirmations',
      collect: async (userId) =>
        (await this.confirmations.writtenBy(userId)).map((c) => ({
          id: c.id,
          npo_id: c.npo_id,
          outcome: c.outcome,
          note: c.note,
          created_at: c.created_at,
        })),
    });
  }
}
