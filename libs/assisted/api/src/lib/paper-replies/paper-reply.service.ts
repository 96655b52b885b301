import { Injectable } from '@nestjs/common';
import { type AuthenticatedUser, CommunityGroupRepository, MembershipService, policies } from '@tsunagu/accounts/api';
import { type Offer, OfferService, OfferThreadService } from '@tsunagu/needs/api';
import { badUserInput, forbiddenError } from '@tsunagu/shared/api-core';
import { assistedMessages } from '../assisted.messages';
import { PaperReplyAnswer, type RecordPhoneReplyInput } from './paper-reply.model';

/**
 * Paper in: an officer who is not online answers an offer by phone or on paper, and the staff who
 * act for the group type it in. The NPO sees it as the group's answer, marked as taken by the
 * centre; the audit log keeps who typed it and who took the call.
 */
@Injectable()
export class PaperReplyService {
  constructor(
    private readonly offers: OfferService,
    private readonly threads: OfferThreadService,
    private readonly memberships: MembershipService,
    private readonly groups: CommunityGroupRepository,
  ) {}

  async record(user: AuthenticatedUser, input: RecordPhoneReplyInput): Promise<Offer> {
    const message = input.message?.trim() ?? '';
    if (input.answer === PaperReplyAnswer.MESSAGE && !message) {
      throw badUserInput(assistedMessages.replyNeedsMessage, 'message');
    }
    const offer = await this.offers.get(input.offerId, user);
    if (!policies.canRecordPaperReply(user, await this.memberships.load(user.id), offer)) {
      throw forbiddenError(assistedMessages.offerNotOfCentre);
    }
    const group = await this.groups.findById(offer.groupId);
    const centre = group?.centreId ? await this.groups.findById(group.centreId) : null;
    const taken = { kind: 'PHONE' as const, name: centre?.name ?? null, takenBy: input.takenBy.trim() };
    const decision = {
      [PaperReplyAnswer.ACCEPT]: true,
      [PaperReplyAnswer.DECLINE]: false,
      [PaperReplyAnswer.MESSAGE]: null,
    };
    const accept = decision[input.answer];
    if (accept !== null) await this.offers.respond(user, offer.id, accept, taken);
    if (message) await this.threads.sendMessage(user, offer.id, message, taken);
    return this.offers.get(offer.id, user);
  }
}
