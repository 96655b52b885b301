import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditLogService, type AuthenticatedUser, PeopleDirectory, forbidden, policies } from '@tsunagu/accounts/api';
import { Notifier } from '@tsunagu/notifications/api';
import { SearchOutboxWorker, enqueueSearchUpdates } from '@tsunagu/search/api';
import { APP_CONFIG, type AppConfig, badUserInput, conflict, notFound } from '@tsunagu/shared/api-core';
import type { NpoEntity } from '../entities/npo.entity';
import { toNpoModel } from '../npo.mapper';
import { NPO_INDEX } from '../search/npo-search-index';
import { helperMessages } from './helper.messages';
import { HelperRepository } from './helper.repository';
import { type HelperSource, type PendingHelper } from './pending-helper.model';

export const MAX_REFUSAL_REASON = 500;
const UUID = /^[0-9a-f-]{36}$/i;

/** Staff look at the helpers that registered themselves and verify or refuse each one. */
@Injectable()
export class HelperReviewService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly helpers: HelperRepository,
    private readonly people: PeopleDirectory,
    private readonly notifier: Notifier,
    private readonly audit: AuditLogService,
    private readonly searchWorker: SearchOutboxWorker,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async pending(staff: AuthenticatedUser): Promise<PendingHelper[]> {
    if (!policies.canVerifyHelpers(staff)) throw forbidden();
    const rows = await this.helpers.pending();
    const registrants = await this.people.contacts(rows.flatMap((r) => r.record.registeredBy ?? []));
    const byId = new Map(registrants.map((p) => [p.id, p]));
    return rows.map(({ npo, record }) => {
      const registrant = record.registeredBy ? byId.get(record.registeredBy) : undefined;
      return {
        npo: toNpoModel(npo, this.config.cityName, true),
        source: record.source as HelperSource,
        registrantName: registrant?.displayName ?? null,
        registrantEmail: registrant?.email ?? null,
        registeredAt: record.createdAt,
      };
    });
  }

  verify(staff: AuthenticatedUser, id: string): Promise<NpoEntity> {
    return this.decide(staff, id, null);
  }

  refuse(staff: AuthenticatedUser, id: string, reason: string): Promise<NpoEntity> {
    const text = reason.trim();
    if (!text || text.length > MAX_REFUSAL_REASON) throw badUserInput(helperMessages.refusalReasonMissing, 'reason');
    return this.decide(staff, id, text);
  }

  /** `reason` null: verify; otherwise refuse with it. */
  private async decide(staff: AuthenticatedUser, id: string, reason: string | null): Promise<NpoEntity> {
    if (!policies.canVerifyHelpers(staff)) throw forbidden();
    if (!UUID.test(id)) throw notFound(helperMessages.notFound);
    const status: 'ACTIVE' | 'REFUSED' = reason === null ? 'ACTIVE' : 'REFUSED';
    const npo = await this.dataSource.transaction(async (manager) => {
      const found = await this.helpers.lockForDecision(manager, id);
      if (!found) throw notFound(helperMessages.notFound);
      if (found.npo.status !== 'PENDING_REVIEW') throw conflict(helperMessages.notPending);
      await this.helpers.decide(manager, id, { status, decidedBy: staff.id, refusalReason: reason });
      // Verified: searchable and suggested from this commit on; refused: stays out of both.
      await enqueueSearchUpdates(manager, NPO_INDEX, [id]);
      await this.audit.record(
        {
          actorUserId: staff.id,
          action: reason === null ? 'helper.verified' : 'helper.refused',
          targetType: 'npo',
          targetId: id,
          detail: reason === null ? { name: found.npo.name } : { name: found.npo.name, reason },
        },
        manager,
      );
      const name = found.npo.name;
      if (found.record.registeredBy) {
        const to = [found.record.registeredBy];
        const link = `/npos/${id}`;
        if (reason === null)
          await this.notifier.notify(manager, to, { notice: 'helperVerified', params: { name }, link });
        else await this.notifier.notify(manager, to, { notice: 'helperRefused', params: { name, reason }, link });
      }
      return { ...found.npo, status };
    });
    this.searchWorker.nudge();
    return npo;
  }
}
