import { Injectable, type OnModuleInit } from '@nestjs/common';
import { OfferHooks } from '@tsunagu/needs/api';
import { IntroductionRequestRepository } from './introduction-request.repository';

/**
 * The NPO answers a request by offering on the need: the request becomes ANSWERED in the offer's
 * own transaction, so the group's 「返事がありました」 and the offer stand or fall together.
 */
@Injectable()
export class IntroductionAnswersListener implements OnModuleInit {
  constructor(
    private readonly hooks: OfferHooks,
    private readonly rows: IntroductionRequestRepository,
  ) {}

  onModuleInit(): void {
    this.hooks.register({
      offerMade: async (manager, offer) => {
        await this.rows.markAnswered(manager, offer.needId, offer.npoId);
      },
    });
  }
}
