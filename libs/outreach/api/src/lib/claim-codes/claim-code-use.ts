import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import {
  type AuthenticatedUser,
  AuditLogService,
  MembershipRepository,
  NpoClaimRepository,
} from '@tsunagu/accounts/api';
import { Notifier } from '@tsunagu/notifications/api';
import { APP_CONFIG, type AppConfig } from '@tsunagu/shared/api-core';
import { type ClaimRefusal, cityOffice, unusableBecause } from './claim-code-refusals';
import { type ClaimCodeRow, ClaimCodeRepository } from './claim-code.repository';

export type UseOutcome = { readonly used: true } | { readonly used: false; readonly reason: ClaimRefusal };

/**
 * Uses an existing code for a person, in one transaction: the code is used up, the person becomes
 * a member of its NPO at once (the letter went to the registered address: holding its code is
 * the proof, no staff approval), a pending ordinary claim of theirs for that NPO is closed as
 * approved, the NPO's other members are told, and the try is audit-logged — refusals too, in a
 * transaction that commits, so the audit log shows every try.
 */
@Injectable()
export class ClaimCodeUse {
  constructor(
    private readonly dataSource: DataSource,
    private readonly codes: ClaimCodeRepository,
    private readonly members: MembershipRepository,
    private readonly claims: NpoClaimRepository,
    private readonly audit: AuditLogService,
    private readonly notifier: Notifier,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  use(user: AuthenticatedUser, code: ClaimCodeRow, npoName: string): Promise<UseOutcome> {
    return this.dataSource.transaction(async (manager) => {
      const outcome = await this.tryUse(user, code, manager);
      if (outcome.used) await this.welcome(user, code, npoName, manager);
      else await this.refused(user.id, outcome.reason, code, manager);
      return outcome;
    });
  }

  /** A refusal of a try that found no code (or was rate-limited): logged on its own. */
  async refusedWithoutCode(userId: string, reason: 'WRONG' | 'RATE_LIMITED'): Promise<void> {
    await this.audit.record({ actorUserId: userId, action: 'npo-claim-code.refused', detail: { reason } });
  }

  private async tryUse(user: AuthenticatedUser, code: ClaimCodeRow, manager: EntityManager): Promise<UseOutcome> {
    // Already a member: CONFLICT, and the code stays for someone else of the NPO.
    if (await this.members.isNpoMember(code.npo_id, user.id)) return { used: false, reason: 'ALREADY_MEMBER' };
    const before = unusableBecause(code);
    if (before) return { used: false, reason: before };
    if (await this.codes.useOnce(code.id, user.id, manager)) return { used: true };
    // Another claim used it (or it ran out) between the look-up and now: say which, as it is now.
    const now = await this.codes.findById(code.id, manager);
    return { used: false, reason: (now && unusableBecause(now)) ?? 'USED' };
  }

  private async welcome(user: AuthenticatedUser, code: ClaimCodeRow, npoName: string, manager: EntityManager) {
    const earlier = await this.members.npoMemberIds(code.npo_id, manager);
    await this.members.addNpoMember(code.npo_id, user.id, manager);
    const closedClaims = await this.claims.approvePendingWithoutStaff(code.npo_id, user.id, manager);
    await this.audit.record(
      {
        actorUserId: user.id,
        action: 'npo-claim-code.used',
        targetType: 'npo',
        targetId: code.npo_id,
        detail: { codeId: code.id, claimsClosed: closedClaims.length },
      },
      manager,
    );
    // Nobody joins an NPO unseen: whoever already looks after it hears of it (an intercepted letter).
    await this.notifier.notify(manager, earlier, {
      notice: 'memberJoined',
      params: {
        npo: npoName,
        person: user.displayName,
        office: { ja: cityOffice(this.config, 'ja'), en: cityOffice(this.config, 'en') },
      },
      link: `/npos/${code.npo_id}`,
    });
  }

  private async refused(userId: string, reason: ClaimRefusal, code: ClaimCodeRow, manager: EntityManager) {
    await this.audit.record(
      {
        actorUserId: userId,
        action: 'npo-claim-code.refused',
        targetType: 'npo',
        targetId: code.npo_id,
        detail: { reason, codeId: code.id },
      },
      manager,
    );
  }
}
