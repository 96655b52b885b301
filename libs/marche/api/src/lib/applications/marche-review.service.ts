import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { type AuthenticatedUser, AuditLogService, MembershipService, forbidden, policies } from '@tsunagu/accounts/api';
import { Notifier } from '@tsunagu/notifications/api';
import { badUserInput, conflict } from '@tsunagu/shared/api-core';
import { marcheMessages } from '../marche.messages';
import { type MarcheApplication, MarcheDecision } from './marche-application.model';
import { MarcheApplicationRepository } from './marche-application.repository';
import { MarcheApplicationService } from './marche-application.service';

const MESSAGE_MAX = 2000;

/** Staff's side of an application: the decision, and writing to the applicant. */
@Injectable()
export class MarcheReviewService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly applications: MarcheApplicationService,
    private readonly applicationRows: MarcheApplicationRepository,
    private readonly memberships: MembershipService,
    private readonly notifier: Notifier,
    private readonly audit: AuditLogService,
  ) {}

  async review(
    staff: AuthenticatedUser,
    id: string,
    decision: MarcheDecision,
    reason: string | null,
  ): Promise<MarcheApplication> {
    if (!policies.canManageMarche(staff)) throw forbidden();
    await this.applications.change(staff, id, 'staff', async (row, manager) => {
      // Accept what waits for review; refuse anything still alive (a waitlisted one too).
      const allowed =
        decision === MarcheDecision.ACCEPT
          ? row.status === 'PENDING'
          : ['PENDING', 'WAITLISTED', 'ACCEPTED'].includes(row.status);
      if (!allowed) throw conflict(marcheMessages.notPossibleFrom, { status: row.status });
      if (decision === MarcheDecision.REJECT && !reason?.trim())
        throw badUserInput(marcheMessages.reasonRequired, 'reason');
      await this.applicationRows.decide(
        id,
        decision === MarcheDecision.ACCEPT ? 'ACCEPTED' : 'REJECTED',
        decision === MarcheDecision.REJECT ? (reason?.trim() ?? null) : null,
        manager,
      );
      const npoMembers = await this.memberships.npoMemberIds(row.npoId, manager);
      const link = `/marche/applications/${id}`;
      const facts = { event: row.eventName, title: row.title };
      if (decision === MarcheDecision.ACCEPT) {
        await this.notifier.notify(manager, npoMembers, { notice: 'marcheAccepted', params: facts, link });
      } else {
        const why = reason?.trim() ?? '';
        await this.notifier.notify(manager, npoMembers, {
          notice: 'marcheRejected',
          params: { ...facts, reason: why },
          link,
        });
      }
      await this.audit.record(
        {
          actorUserId: staff.id,
          action: `marche.${decision === MarcheDecision.ACCEPT ? 'accepted' : 'rejected'}`,
          targetType: 'marche_application',
          targetId: id,
          detail: { reason },
        },
        manager,
      );
    });
    return this.applications.application(id, staff);
  }

  /** Staff write to an applicant: the NPO's members get it in the app and by mail. */
  async messageApplicant(staff: AuthenticatedUser, id: string, body: string): Promise<boolean> {
    if (!policies.canManageMarche(staff)) throw forbidden();
    const text = body.trim();
    if (text.length === 0 || text.length > MESSAGE_MAX)
      throw badUserInput(marcheMessages.messageLength, 'body', { max: MESSAGE_MAX });
    const row = await this.applications.viewOf(id);
    await this.dataSource.transaction(async (manager) => {
      await this.notifier.notify(manager, await this.memberships.npoMemberIds(row.npoId, manager), {
        notice: 'marcheMessage',
        params: { event: row.eventName, title: row.title, text },
        link: `/marche/applications/${id}`,
      });
      await this.audit.record(
        {
          actorUserId: staff.id,
          action: 'marche.message',
          targetType: 'marche_application',
          targetId: id,
          detail: { length: text.length },
        },
        manager,
      );
    });
    return true;
  }
}
