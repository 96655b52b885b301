import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { badUserInput } from '@tsunagu/shared/api-core';
import { accountsMessages } from '../accounts.messages';
import { AuditLogService } from '../audit/audit-log.service';
import { forbidden } from '../auth/access-errors';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { policies } from '../auth/policies';
import { CommunityGroupService } from '../groups/community-group.service';
import { MembershipService } from '../memberships/membership.service';
import { UserAccountRepository } from '../users/user-account.repository';
import { type DelegateRelation, ProxyAccessRepository } from './proxy-access.repository';
import { DelegateRelationKind, type GroupDelegate } from './proxy.model';

/**
 * Delegates: an officer lets a family member or a neighbour see and act for the group (marked as
 * acting for the officer), and takes that back whenever they like.
 */
@Injectable()
export class GroupDelegateService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: ProxyAccessRepository,
    private readonly groups: CommunityGroupService,
    private readonly memberships: MembershipService,
    private readonly users: UserAccountRepository,
    private readonly audit: AuditLogService,
  ) {}

  async list(user: AuthenticatedUser, groupId: string): Promise<GroupDelegate[]> {
    const group = await this.groups.find(groupId, user);
    const m = await this.memberships.load(user.id);
    // The officer, the delegates themselves and those who act for the group see who else does.
    if (!m.groups.has(group.id) && !policies.isStaff(user)) throw forbidden();
    return this.delegatesOf(group.id);
  }

  async add(
    user: AuthenticatedUser,
    groupId: string,
    email: string,
    relation: DelegateRelation,
  ): Promise<GroupDelegate[]> {
    const group = await this.groups.find(groupId, user);
    const m = await this.memberships.load(user.id);
    if (!policies.canManageDelegates(user, m, group)) throw forbidden();
    const person = await this.users.findByEmail(email.trim().toLowerCase());
    if (!person) throw badUserInput(accountsMessages.noAccountForDelegate, 'email');
    const theirs = await this.memberships.load(person.id);
    if (theirs.groups.get(group.id) === 'OWNER' || theirs.groups.get(group.id) === 'MEMBER') {
      throw badUserInput(accountsMessages.delegateIsMember, 'email');
    }
    await this.dataSource.transaction(async (manager) => {
      if (await this.access.addDelegate(group.id, person.id, relation, user.id, manager)) {
        await this.audit.record(
          {
            actorUserId: user.id,
            action: 'group.delegate.added',
            targetType: 'community_group',
            targetId: group.id,
            detail: { userId: person.id, relation },
          },
          manager,
        );
      }
    });
    return this.delegatesOf(group.id);
  }

  /** The officer takes a delegation back; a delegate may also step down themself. */
  async remove(user: AuthenticatedUser, groupId: string, userId: string): Promise<GroupDelegate[]> {
    const group = await this.groups.find(groupId, user);
    const m = await this.memberships.load(user.id);
    if (!policies.canManageDelegates(user, m, group) && user.id !== userId) throw forbidden();
    await this.dataSource.transaction(async (manager) => {
      if (await this.access.removeDelegate(group.id, userId, manager)) {
        await this.audit.record(
          {
            actorUserId: user.id,
            action: 'group.delegate.removed',
            targetType: 'community_group',
            targetId: group.id,
            detail: { userId },
          },
          manager,
        );
      }
    });
    return this.delegatesOf(group.id);
  }

  private async delegatesOf(groupId: string): Promise<GroupDelegate[]> {
    return (await this.access.delegates(groupId)).map((d) => ({ ...d, relation: DelegateRelationKind[d.relation] }));
  }
}
