import { Injectable } from '@nestjs/common';
import { type AuthenticatedUser, MembershipRepository, forbidden, policies } from '@tsunagu/accounts/api';
import { OfferRepository } from '@tsunagu/needs/api';
import { NpoNamesRepository } from '@tsunagu/npo/api';
import { currentLanguage } from '@tsunagu/shared/api-core';
import { KITAKYUSHU_WARDS } from '@tsunagu/shared/util';
import { type NpoJourney, funnelFigures } from './funnel-figures';
import type { OutreachFunnel } from './outreach-funnel.model';
import { OutreachFunnelRepository } from './outreach-funnel.repository';

const earliest = (a: Date | null | undefined, b: Date | null): Date | null =>
  !a ? b : !b ? a : a.getTime() <= b.getTime() ? a : b;

/**
 * Requests → letters printed → codes used → NPOs claimed → offers → matches, for every NPO the
 * city was asked to reach. Each domain gives its own dates: outreach (requests, codes), accounts
 * (first member), needs (offers on the requested needs).
 */
@Injectable()
export class OutreachFunnelService {
  constructor(
    private readonly rows: OutreachFunnelRepository,
    private readonly memberships: MembershipRepository,
    private readonly offers: OfferRepository,
    private readonly npos: NpoNamesRepository,
  ) {}

  async funnel(staff: AuthenticatedUser): Promise<OutreachFunnel> {
    if (!policies.canBridgeNpos(staff)) throw forbidden();
    return funnelFigures(await this.journeys(), KITAKYUSHU_WARDS, currentLanguage());
  }

  async journeys(): Promise<NpoJourney[]> {
    const requested = await this.rows.firstRequests();
    const ids = [...requested.keys()];
    const [codes, claimed, pairs, names] = await Promise.all([
      this.rows.codeSteps(ids),
      this.memberships.firstMemberSince(ids),
      this.rows.requestedPairs(ids),
      this.npos.byIds(ids),
    ]);
    const offered = new Map<string, Date>();
    const matched = new Map<string, Date>();
    for (const offer of await this.offers.onPairs(pairs)) {
      offered.set(offer.npoId, earliest(offered.get(offer.npoId), offer.createdAt) as Date);
      if (offer.acceptedAt) matched.set(offer.npoId, earliest(matched.get(offer.npoId), offer.acceptedAt) as Date);
    }
    return ids.map((id) => ({
      ward: names.get(id)?.ward ?? null,
      steps: {
        REQUESTED: requested.get(id) as Date,
        LETTER_PRINTED: codes.get(id)?.letterAt ?? null,
        CODE_USED: codes.get(id)?.usedAt ?? null,
        CLAIMED: claimed.get(id) ?? null,
        OFFERED: offered.get(id) ?? null,
        MATCHED: matched.get(id) ?? null,
      },
    }));
  }
}
