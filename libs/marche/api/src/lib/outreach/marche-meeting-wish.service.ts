import { Injectable } from '@nestjs/common';
import { type AuthenticatedUser, GroupNamesRepository, MembershipService, policies } from '@tsunagu/accounts/api';
import { NpoNamesRepository } from '@tsunagu/npo/api';
import { forbiddenError, notFound } from '@tsunagu/shared/api-core';
import { MarcheApplicationRepository } from '../applications/marche-application.repository';
import { marcheMessages } from '../marche.messages';
import { MarcheMeetingWishRepository } from './marche-meeting-wish.repository';
import type { MarcheMeetingWish } from './marche-outreach.model';

// The order names had in SQL (C collation): by code point, as JavaScript compares strings.
const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Groups mark the exhibitors they want to meet at the marché. */
@Injectable()
export class MarcheMeetingWishService {
  constructor(
    private readonly memberships: MembershipService,
    private readonly groupNames: GroupNamesRepository,
    private readonly npoNames: NpoNamesRepository,
    private readonly applicationRows: MarcheApplicationRepository,
    private readonly wishRows: MarcheMeetingWishRepository,
  ) {}

  /** A member of a verified group marks (or unmarks) an exhibitor the group wants to meet. */
  async setWish(
    user: AuthenticatedUser,
    eventId: string,
    npoId: string,
    groupId: string,
    wish: boolean,
  ): Promise<boolean> {
    const m = await this.memberships.load(user.id);
    if (!m.groups.has(groupId)) throw forbiddenError(marcheMessages.groupMembersOnly);
    const group = (await this.groupNames.byIds([groupId])).get(groupId);
    if (group?.status !== 'VERIFIED') throw forbiddenError(marcheMessages.groupNotVerified);
    if (!(await this.applicationRows.isPublishedExhibitor(eventId, npoId)))
      throw notFound(marcheMessages.exhibitorNotFound);
    if (wish) await this.wishRows.add(eventId, npoId, groupId, user.id);
    else await this.wishRows.remove(eventId, npoId, groupId);
    return wish;
  }

  /** Staff see every wish; an NPO's members see the groups that want to meet their NPO; groups their own. */
  async wishes(user: AuthenticatedUser, eventId: string): Promise<MarcheMeetingWish[]> {
    const rows = await this.wishRows.ofEvent(eventId);
    const [npos, groups] = await Promise.all([
      this.npoNames.byIds(rows.map((r) => r.npoId)),
      this.groupNames.byIds(rows.map((r) => r.groupId)),
    ]);
    const m = await this.memberships.load(user.id);
    const staff = policies.canManageMarche(user);
    return rows
      .filter((r) => staff || m.npos.has(r.npoId) || m.groups.has(r.groupId))
      .map((r) => ({
        npoId: r.npoId,
        npoName: npos.get(r.npoId)?.name ?? '',
        groupId: r.groupId,
        groupName: groups.get(r.groupId)?.name ?? '',
        groupWard: groups.get(r.groupId)?.ward ?? '',
      }))
      .sort((a, b) => byText(a.npoName, b.npoName) || byText(a.groupName, b.groupName));
  }
}
