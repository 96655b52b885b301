import { Injectable } from '@nestjs/common';
import type { AuthenticatedUser } from '@tsunagu/accounts/api';
import { MatchingService } from '@tsunagu/matching/api';
import { NeedRepository, OfferService, OfferThreadService, isOpenForOffers } from '@tsunagu/needs/api';
import { NpoLookup, NpoProfileRepository } from '@tsunagu/npo/api';
import { SchemeMatchService } from '@tsunagu/schemes/api';
import { conflict } from '@tsunagu/shared/api-core';
import { todayInJapan } from '@tsunagu/shared/util';
import { assistedMessages } from '../assisted.messages';
import { type ContactSlipRecords, contactSlipContent } from './contact-slip-content';
import { MAX_SUGGESTIONS, type NoticeNeed, noticeContent } from './notice-content';
import type { PaperContent } from './paper-content';
import type { GroupAtCentre } from './paper-access.service';

/** Enough candidates that three remain once the NPOs that already offered are set aside. */
const SUGGESTION_POOL = MAX_SUGGESTIONS + 5;

/** Reads what the papers of one assisted group print, through the needs and matching services. */
@Injectable()
export class GroupPaperRecords {
  constructor(
    private readonly needs: NeedRepository,
    private readonly offers: OfferService,
    private readonly threads: OfferThreadService,
    private readonly matching: MatchingService,
    private readonly npos: NpoLookup,
    private readonly profiles: NpoProfileRepository,
    private readonly schemes: SchemeMatchService,
  ) {}

  async notice(user: AuthenticatedUser, { group, centre }: GroupAtCentre, now = new Date()): Promise<PaperContent> {
    const today = todayInJapan(now);
    const open = (await this.needs.ofGroups([group.id])).filter((n) => isOpenForOffers(n, today));
    const needs: NoticeNeed[] = [];
    for (const need of open) {
      const all = await this.offers.forNeed(need.id, user);
      const pending = all.filter((o) => o.status === 'PENDING');
      const offered = new Set(all.map((o) => o.npo.id));
      const ranked = (await this.matching.matchNposForNeed(need.id, user, SUGGESTION_POOL))
        .filter((r) => !offered.has(r.npoId))
        .slice(0, MAX_SUGGESTIONS);
      const ids = [...pending.map((o) => o.npo.id), ...ranked.map((r) => r.npoId)];
      const [rows, introductions] = await Promise.all([this.npos.byIds(ids), this.profiles.introductionsOf(ids)]);
      const introductionOf = (id: string) => introductions.get(id) || rows.get(id)?.purpose || null;
      // the group's own need, read above through its own records: no second visibility check
      const schemes = await this.schemes.forNeedText(need);
      needs.push({
        title: need.title,
        offers: pending.map((o) => ({
          npoName: o.npo.name,
          message: o.message,
          introduction: introductionOf(o.npo.id),
        })),
        suggestions: ranked.flatMap((r) => {
          const npo = rows.get(r.npoId);
          return npo
            ? [{ npoName: npo.name, reasons: r.reasons.map((why) => why.ja), introduction: introductionOf(npo.id) }]
            : [];
        }),
        schemes: schemes.map(({ scheme }) => ({
          name: scheme.name,
          summary: scheme.summary,
          officeName: scheme.officeName,
          officePhone: scheme.officePhone,
        })),
      });
    }
    return noticeContent({
      groupName: group.name,
      officerName: group.representativeName,
      centre: { name: centre.name, phone: centre.contactPhone },
      printedAt: now,
      needs,
    });
  }

  /** The slip of an accepted offer; any other offer is refused (its contacts are not revealed yet). */
  async contactSlip(
    user: AuthenticatedUser,
    offerId: string,
    { group, centre }: GroupAtCentre,
    now = new Date(),
  ): Promise<PaperContent> {
    const offer = await this.offers.get(offerId, user);
    if (offer.status !== 'ACCEPTED') throw conflict(assistedMessages.offerNotAccepted);
    const contacts = await this.threads.contacts(offerId, user);
    if (!contacts) throw conflict(assistedMessages.offerNotAccepted);
    const records: ContactSlipRecords = {
      needTitle: offer.needTitle,
      groupName: group.name,
      officerName: contacts.groupRepresentative,
      officerPhone: contacts.groupPhone,
      npoName: offer.npo.name,
      npoPeople: contacts.npoPeople,
      npoContact: contacts.npoContact,
      acceptedAt: offer.decidedAt,
      centre: { name: centre.name, phone: centre.contactPhone },
      printedAt: now,
    };
    return contactSlipContent(records);
  }
}
