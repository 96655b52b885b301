import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { badUserInput, notFound } from '@tsunagu/shared/api-core';
import { accountsMessages } from '../accounts.messages';
import { AuditLogService } from '../audit/audit-log.service';
import { forbidden } from '../auth/access-errors';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { policies } from '../auth/policies';
import { CommunityGroupRepository } from '../groups/community-group.repository';
import { UserAccountRepository } from '../users/user-account.repository';
import { ProxyAccessRepository } from './proxy-access.repository';
import type { CentreStaffMember } from './proxy.model';

/** The staff of each 市民センター (three per centre), put on and taken off by city staff. */
@Injectable()
export class CentreStaffService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: ProxyAccessRepository,
    private readonly groups: CommunityGroupRepository,
    private readonly users: UserAccountRepository,
    private readonly audit: AuditLogService,
  ) {}

  /** The centres this person works at (empty for almost everyone). */
  centresOf(userId: string | undefined): Promise<string[]> {
    return userId ? this.access.centresOf(userId) : Promise.resolve([]);
  }

  async staffOf(user: AuthenticatedUser, centreId: string): Promise<CentreStaffMember[]> {
    if (!policies.canWorkAtCentre(user, await this.centresOf(user.id), centreId)) throw forbidden();
    return this.access.centreStaff(centreId);
  }

  async assign(staff: AuthenticatedUser, centreId: string, email: string): Promise<CentreStaffMember[]> {
    if (!policies.canAssignCentreStaff(staff)) throw forbidden();
    await this.centre(centreId);
    const person = await this.users.findByEmail(email.trim().toLowerCase());
    if (!person) throw badUserInput(accountsMessages.noAccountForCentreStaff, 'email');
    await this.dataSource.transaction(async (manager) => {
      if (await this.access.assignCentreStaff(centreId, person.id, staff.id, manager)) {
        await this.audit.record(
          {
            actorUserId: staff.id,
            action: 'centre.staff.assigned',
            targetType: 'community_group',
            targetId: centreId,
            detail: { userId: person.id },
          },
          manager,
        );
      }
    });
    return this.access.centreStaff(centreId);
  }

  async remove(staff: AuthenticatedUser, centreId: string, userId: string): Promise<CentreStaffMember[]> {
    if (!policies.canAssignCentreStaff(staff)) throw forbidden();
    await this.centre(centreId);
    await this.dataSource.transaction(async (manager) => {
      if (await this.access.removeCentreStaff(centreId, userId, manager)) {
        await this.audit.record(
          {
            actorUserId: staff.id,
            action: 'centre.staff.removed',
            targetType: 'community_group',
            targetId: centreId,
            detail: { userId },
          },
          manager,
        );
      }
    });
    return this.access.centreStaff(centreId);
  }

  private async centre(centreId: string) {
    const centre = /^[0-9a-f-]{36}$/i.test(centreId) ? await this.groups.findById(centreId) : null;
    if (!centre) throw notFound(accountsMessages.groupNotFound);
    if (centre.kind !== 'SHIMIN_CENTER') throw badUserInput(accountsMessages.notACentre, 'centreId');
    return centre;
  }
}
