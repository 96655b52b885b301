import type { NeedEntity, NeedStatusValue } from '../entities/need.entity';

/**
 * "An open need", once for the whole product (offers, matching, the search index, the marché
 * outreach): PUBLISHED or MATCHED — a matched need may still want more hands, and NPOs may
 * offer on it today (tests assert both) — not hidden by staff, its deadline not passed. Lists
 * of open needs (matching, outreach) also require the group to be verified, as search does;
 * a single need reached through `NeedService.find` has had its visibility checked already.
 * Matching used PUBLISHED only before; it now recommends matched needs too, as offers take them.
 */
export const OPEN_NEED_STATUSES: readonly NeedStatusValue[] = ['PUBLISHED', 'MATCHED'];

/** The statuses of a need anyone may see (of a verified group, not hidden). */
export const PUBLIC_NEED_STATUSES: readonly NeedStatusValue[] = ['PUBLISHED', 'MATCHED', 'DONE'];

export function isOpenForOffers(need: Pick<NeedEntity, 'status' | 'hiddenAt' | 'deadline'>, today: string): boolean {
  return OPEN_NEED_STATUSES.includes(need.status) && !need.hiddenAt && (!need.deadline || need.deadline >= today);
}

/** Visible to anyone (search, the index): a public status, not hidden, the group verified. */
export function isPublicNeed(need: Pick<NeedEntity, 'status' | 'hiddenAt'>, groupStatus: string | undefined): boolean {
  return (
    (PUBLIC_NEED_STATUSES as readonly string[]).includes(need.status) && !need.hiddenAt && groupStatus === 'VERIFIED'
  );
}
