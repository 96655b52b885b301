import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ProxyAccessRepository, type ProxyKind } from '../proxies/proxy-access.repository';
import { MembershipRepository } from './membership.repository';

/** Acting for a group one is not a member of, and how the other side is told who did. */
export interface ProxyFor {
  readonly kind: ProxyKind;
  /** the centre's name, the delegate's name; null for the city's staff */
  readonly name: string | null;
}

/** What a person belongs to: the facts the policies decide on. */
export interface Memberships {
  /**
   * group id → role in it. PROXY: not a member, but acting for it (its 市民センター's staff, the
   * city's staff for an assisted group, a delegate the officer chose) — see `proxies`.
   */
  readonly groups: ReadonlyMap<string, 'OWNER' | 'MEMBER' | 'PROXY'>;
  readonly npos: ReadonlySet<string>;
  /** the groups acted for as a proxy, and as whom */
  readonly proxies: ReadonlyMap<string, ProxyFor>;
}

export const NO_MEMBERSHIPS: Memberships = { groups: new Map(), npos: new Set(), proxies: new Map() };

/** How a caller acts for a group: null when they are its member (or have no part in it). */
export function proxyFor(m: Memberships, groupId: string): ProxyFor | null {
  return m.groups.get(groupId) === 'PROXY' ? (m.proxies.get(groupId) ?? null) : null;
}

@Injectable()
export class MembershipService {
  constructor(
    private readonly repository: MembershipRepository,
    private readonly proxyAccess: ProxyAccessRepository,
  ) {}

  async load(userId: string | undefined): Promise<Memberships> {
    if (!userId) return NO_MEMBERSHIPS;
    const [groups, npos, proxyRows] = await Promise.all([
      this.repository.groupRolesOf(userId),
      this.repository.npoIdsOf(userId),
      this.proxyAccess.proxiesOf(userId),
    ]);
    const roles = new Map<string, 'OWNER' | 'MEMBER' | 'PROXY'>(groups.map((g) => [g.groupId, g.role]));
    const proxies = new Map<string, ProxyFor>();
    // A member acts as themself; otherwise the most specific way in counts (rows come ordered).
    for (const row of proxyRows) {
      if (roles.has(row.groupId) && roles.get(row.groupId) !== 'PROXY') continue;
      if (proxies.has(row.groupId)) continue;
      roles.set(row.groupId, 'PROXY');
      proxies.set(row.groupId, { kind: row.kind, name: row.name });
    }
    return { groups: roles, npos: new Set(npos), proxies };
  }

  /** Who looks after this NPO (to tell them something), read in the caller's transaction if given. */
  npoMemberIds(npoId: string, manager?: EntityManager): Promise<string[]> {
    return this.repository.npoMemberIds(npoId, manager);
  }

  /**
   * Who is told about this community group's offers and requests: its members, and those who act
   * for it (its centre's staff, its delegates); read in the caller's transaction if given.
   */
  async groupMemberIds(groupId: string, manager?: EntityManager): Promise<string[]> {
    const [members, proxies] = await Promise.all([
      this.repository.groupMemberIds(groupId, manager),
      this.proxyAccess.proxyUserIds(groupId, manager),
    ]);
    return [...new Set([...members, ...proxies])];
  }

  /** Those of these NPOs that someone looks after (an NPO shows "claimed"). */
  npoIdsWithMembers(npoIds: readonly string[]): Promise<Set<string>> {
    return this.repository.npoIdsWithMembers(npoIds);
  }

  /** Whether anyone looks after this NPO yet (an NPO page shows "claimed"). */
  npoHasMembers(npoId: string): Promise<boolean> {
    return this.repository.npoHasMembers(npoId);
  }
}
