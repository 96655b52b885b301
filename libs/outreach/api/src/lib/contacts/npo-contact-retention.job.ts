import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditLogService } from '@tsunagu/accounts/api';
import { NpoLookup } from '@tsunagu/npo/api';
import { JobQueue } from '@tsunagu/shared/api-core';
import { NpoContactRepository } from './npo-contact.repository';

export const NPO_CONTACT_RETENTION_JOB = 'outreach.npo-contact-retention';

/**
 * How long an NPO may be no longer active (dissolved, or gone from the latest open data) before
 * the contacts staff hold for it are removed. Not at once: an NPO missing from one file may be
 * back in the next, and staff may still be closing its requests.
 */
export const INACTIVE_DAYS_BEFORE_REMOVAL = 90;
const DAY_MS = 86_400_000;

/**
 * The personal-data rule of staff-held contacts: kept while the NPO is active. Every night
 * (Japan time) the contacts of NPOs that have not been ACTIVE for INACTIVE_DAYS_BEFORE_REMOVAL
 * days (their record unchanged since) are removed, values blanked, one audit row per NPO.
 * Running twice is harmless: removed contacts are not looked at again.
 */
@Injectable()
export class NpoContactRetentionJob implements OnModuleInit {
  constructor(
    private readonly jobs: JobQueue,
    private readonly dataSource: DataSource,
    private readonly contacts: NpoContactRepository,
    private readonly npos: NpoLookup,
    private readonly audit: AuditLogService,
  ) {}

  onModuleInit(): void {
    this.jobs.define({
      name: NPO_CONTACT_RETENTION_JOB,
      schedule: '40 3 * * *',
      policy: 'singleton',
      handle: async () => {
        await this.run();
      },
    });
  }

  /** One run; returns how many contacts were removed. */
  async run(now = new Date()): Promise<number> {
    const kept = await this.contacts.keptByNpo();
    if (kept.size === 0) return 0;
    const npos = await this.npos.byIds([...kept.keys()]);
    const cutoff = now.getTime() - INACTIVE_DAYS_BEFORE_REMOVAL * DAY_MS;
    let removed = 0;
    for (const [npoId, ids] of kept) {
      const npo = npos.get(npoId);
      // (an NPO deleted outright takes its contacts with it: ON DELETE CASCADE)
      if (!npo || npo.status === 'ACTIVE' || npo.updatedAt.getTime() > cutoff) continue;
      removed += await this.dataSource.transaction(async (manager) => {
        const rows = await this.contacts.remove(ids, manager);
        await this.audit.record(
          {
            actorUserId: null,
            action: 'npo-contact.removed',
            targetType: 'npo',
            targetId: npoId,
            detail: { reason: 'NPO_NOT_ACTIVE', npoStatus: npo.status, count: rows.length },
          },
          manager,
        );
        return rows.length;
      });
    }
    return removed;
  }
}
