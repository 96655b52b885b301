import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { PersonalDataRegistry, badUserInput } from '@tsunagu/shared/api-core';
import { accountsMessages } from '../accounts.messages';
import { AuditLogService } from '../audit/audit-log.service';
import { NpoClaimRepository } from '../claims/npo-claim.repository';
import { PasswordGate } from '../auth/password-gate';
import { verifyPassword } from '../auth/password-hasher';
import { SessionService } from '../auth/session.service';
import { UserSessionRepository } from '../auth/user-session.repository';
import { CommunityGroupRepository } from '../groups/community-group.repository';
import { MembershipRepository } from '../memberships/membership.repository';
import { NpoDirectoryPort } from '../npo-directory/npo-directory.port';
import { UserAccountRepository } from '../users/user-account.repository';

/**
 * APPI (個人情報保護法): a person can take away everything the service holds about them, and
 * can delete their account. Each domain adds what its own tables hold to the PersonalDataRegistry;
 * accounts adds the account, sessions, groups and NPO claims and memberships.
 */
@Injectable()
export class PersonalDataService implements OnModuleInit {
  constructor(
    private readonly dataSource: DataSource,
    private readonly registry: PersonalDataRegistry,
    private readonly users: UserAccountRepository,
    private readonly sessionRows: UserSessionRepository,
    private readonly members: MembershipRepository,
    private readonly claims: NpoClaimRepository,
    private readonly groups: CommunityGroupRepository,
    private readonly npos: NpoDirectoryPort,
    private readonly sessions: SessionService,
    private readonly passwords: PasswordGate,
    private readonly audit: AuditLogService,
  ) {}

  onModuleInit(): void {
    this.registry.register({ name: 'account', collect: (userId) => this.users.forExport(userId) });
    this.registry.register({ name: 'sessions', collect: (userId) => this.sessionRows.forExport(userId) });
    this.registry.register({ name: 'communityGroups', collect: (userId) => this.members.groupsForExport(userId) });
    this.registry.register({ name: 'npoClaims', collect: (userId) => this.npoClaimsOf(userId) });
    this.registry.register({ name: 'npoMemberships', collect: (userId) => this.npoMembershipsOf(userId) });
  }

  private async npoClaimsOf(userId: string): Promise<unknown[]> {
    const rows = await this.claims.forExport(userId);
    const names = await this.npos.namesOf(rows.map((r) => r.npo_id));
    return rows
      .filter((r) => names.has(r.npo_id))
      .map((r) => ({
        id: r.id,
        npo_id: r.npo_id,
        npo_name: names.get(r.npo_id),
        message: r.message,
        status: r.status,
        created_at: r.created_at,
      }));
  }

  private async npoMembershipsOf(userId: string): Promise<unknown[]> {
    const rows = await this.members.npoMembershipsForExport(userId);
    const names = await this.npos.namesOf(rows.map((r) => r.npo_id));
    return rows
      .filter((r) => names.has(r.npo_id))
      .map((r) => ({ npo_id: r.npo_id, npo_name: names.get(r.npo_id), since: r.since }));
  }

  async export(userId: string): Promise<Record<string, unknown>> {
    return { exportedAt: new Date().toISOString(), ...(await this.registry.collect(userId)) };
  }

  /**
   * Deletes the account after checking the password, with the same back-off as sign-in (a stolen
   * session must not become a way to guess the password). Group contacts only this person kept
   * are erased too.
   */
  async deleteAccount(userId: string, password: string, address: string): Promise<void> {
    const user = await this.users.findById(userId);
    if (
      !user ||
      !(await this.passwords.check(user.email, address, () => verifyPassword(user.passwordHash, password)))
    ) {
      throw badUserInput(accountsMessages.wrongPassword, 'password');
    }
    await this.sessions.revokeAll(userId);
    await this.dataSource.transaction(async (manager) => {
      await this.groups.clearContactsKeptOnlyBy(userId, manager);
      await this.audit.record(
        { actorUserId: userId, action: 'user.deleted', targetType: 'user', targetId: userId },
        manager,
      );
      await this.users.delete(userId, manager);
    });
  }
}
