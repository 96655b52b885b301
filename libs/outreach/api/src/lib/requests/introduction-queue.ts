import { Inject, Injectable } from '@nestjs/common';
import { MembershipService } from '@tsunagu/accounts/api';
import { NpoRepository, toNpoModel } from '@tsunagu/npo/api';
import { APP_CONFIG, type AppConfig } from '@tsunagu/shared/api-core';
import { ClaimCodeRepository } from '../claim-codes/claim-code.repository';
import { NpoContactService } from '../contacts/npo-contact.service';
import type { IntroductionStatusValue } from '../entities/introduction-request.entity';
import type { IntroductionQueueItem, IntroductionRequestStatus } from './introduction-request.model';
import { IntroductionRequestRepository, OPEN_STATUSES } from './introduction-request.repository';
import { IntroductionViews } from './introduction-views';

const DAY_MS = 86_400_000;
const OPEN = new Set<string>(OPEN_STATUSES);

/**
 * Staff's queue: one item per NPO with every group that waits for it, the NPO waiting longest
 * first, with what staff need to pass the request on (the contact they hold, the letters sent).
 */
@Injectable()
export class IntroductionQueue {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly rows: IntroductionRequestRepository,
    private readonly views: IntroductionViews,
    private readonly npos: NpoRepository,
    private readonly memberships: MembershipService,
    private readonly contacts: NpoContactService,
    private readonly claimCodes: ClaimCodeRepository,
  ) {}

  /** The open requests (no status), or those of one status; `now` decides waiting days and reminders. */
  async items(status: IntroductionRequestStatus | null, now = new Date()): Promise<IntroductionQueueItem[]> {
    const statuses: readonly IntroductionStatusValue[] = status ? [status as IntroductionStatusValue] : OPEN_STATUSES;
    const requests = await this.views.many(await this.rows.forQueue(statuses));
    // Rows come oldest first, so each NPO's first request is its oldest and the NPOs keep that order.
    const byNpo = new Map<string, typeof requests>();
    for (const r of requests) byNpo.set(r.npoId, [...(byNpo.get(r.npoId) ?? []), r]);
    const npoIds = [...byNpo.keys()];
    if (npoIds.length === 0) return [];
    const [entities, withMembers, contacts, letters] = await Promise.all([
      this.npos.findByIds(npoIds),
      this.memberships.npoIdsWithMembers(npoIds),
      this.contacts.latestFor(npoIds),
      this.claimCodes.lettersPrinted(npoIds),
    ]);
    const npoById = new Map(entities.map((n) => [n.id, n]));
    const reminderAge = this.config.outreach.reminderDays * DAY_MS;
    return npoIds.flatMap((npoId) => {
      const entity = npoById.get(npoId);
      const ofNpo = byNpo.get(npoId) ?? [];
      if (!entity || ofNpo.length === 0) return [];
      const oldest = ofNpo[0].requestedAt;
      const hasMembers = withMembers.has(npoId);
      return [
        {
          npo: toNpoModel(entity, this.config.cityName, hasMembers),
          hasMembers,
          oldestRequestedAt: oldest,
          waitingDays: Math.max(0, Math.floor((now.getTime() - oldest.getTime()) / DAY_MS)),
          reminderDue: ofNpo.some(
            (r) => OPEN.has(r.status) && (!!r.remindedAt || now.getTime() - r.requestedAt.getTime() >= reminderAge),
          ),
          requests: ofNpo,
          contact: contacts.get(npoId) ?? null,
          lettersPrinted: letters.get(npoId)?.count ?? 0,
          lastLetterAt: letters.get(npoId)?.lastAt ?? null,
        },
      ];
    });
  }
}
