import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { MembershipRepository } from './membership.repository';

/** What a person belongs to: the facts the policies decide on. */
export interface Memberships {
  /** group id → role in it */
  readonly groups: ReadonlyMap<string, 'OWNER' | 'MEMBER'>;
  readonly npos: ReadonlySet<string>;
}

export const NO_MEMBERSHIPS: Memberships = { groups: new Map(), npos: new Set() };

@Injectable()
export class MembershipService {
  constructor(private readonly repository: MembershipRepository) {}

  async load(userId: string | undefined): Promise<Memberships> {
    if (!userId) return NO_MEMBERSHIPS;
    const [groups, npos] = await Promise.all([this.repository.groupRolesOf(userId), this.repository.npoIdsOf(userId)]);
    return { groups: new Map(groups.map((g) => [g.groupId, g.role])), npos: new Set(npos) };
  }

  /** Who looks after this NPO (to tell them something), read in the caller's transaction if given. */
  npoMemberIds(npoId: string, manager?: EntityManager): Promise<string[]> {
    return this.repository.npoMemberIds(npoId, manager);
  }

  /** The members of this community group, read in the caller's transaction if given. */
  groupMemberIds(groupId: string, manager?: EntityManager): Promise<string[]> {
    return this.repository.groupMemberIds(groupId, manager);
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
