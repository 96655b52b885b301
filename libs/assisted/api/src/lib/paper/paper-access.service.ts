import { Injectable } from '@nestjs/common';
import { type AuthenticatedUser, CommunityGroupRepository } from '@tsunagu/accounts/api';
import { NeedRepository, OfferRepository } from '@tsunagu/needs/api';
import { conflict, notFound } from '@tsunagu/shared/api-core';
import { assistedMessages } from '../assisted.messages';
import { AssistedGroupService } from '../groups/assisted-group.service';

const UUID = /^[0-9a-f-]{36}$/i;

/** A row of community_group (a centre is one too), as the accounts domain reads it. */
export type GroupRow = NonNullable<Awaited<ReturnType<CommunityGroupRepository['findById']>>>;

type OfferRow = NonNullable<Awaited<ReturnType<OfferRepository['findById']>>>;

export interface GroupAtCentre {
  readonly group: GroupRow;
  readonly centre: GroupRow;
}

/**
 * Who may print what: only the staff of the group's own centre, or the city's (the centre rule of
 * AssistedGroupService), and only for a group the centre still acts for. Unknown → 404, another
 * centre → 403, in that order, so a stranger learns nothing of a group beyond that it exists.
 */
@Injectable()
export class PaperAccess {
  constructor(
    private readonly groups: CommunityGroupRepository,
    private readonly assisted: AssistedGroupService,
    private readonly needs: NeedRepository,
    private readonly offers: OfferRepository,
  ) {}

  centre(user: AuthenticatedUser, centreId: string): Promise<GroupRow> {
    return this.assisted.centre(user, centreId);
  }

  async assistedGroup(user: AuthenticatedUser, groupId: string): Promise<GroupAtCentre> {
    const group = UUID.test(groupId) ? await this.groups.findById(groupId) : null;
    if (!group) throw notFound(assistedMessages.groupNotFound);
    const centre = group.centreId ? await this.assisted.centre(user, group.centreId) : null;
    if (!centre || !group.assisted) throw conflict(assistedMessages.groupNotAssisted);
    return { group, centre };
  }

  /** An offer on a need of an assisted group of the caller's centre. */
  async offer(user: AuthenticatedUser, offerId: string): Promise<GroupAtCentre & { offer: OfferRow }> {
    const offer = UUID.test(offerId) ? await this.offers.findById(offerId) : null;
    const need = offer ? await this.needs.findById(offer.needId) : null;
    if (!offer || !need) throw notFound(assistedMessages.paperOfferNotFound);
    return { offer, ...(await this.assistedGroup(user, need.groupId)) };
  }
}
