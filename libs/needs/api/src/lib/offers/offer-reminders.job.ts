import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { NpoLookup } from '@tsunagu/npo/api';
import { APP_CONFIG, type AppConfig, JobQueue } from '@tsunagu/shared/api-core';
import type { NeedEntity } from '../entities/need.entity';
import type { OfferEntity } from '../entities/offer.entity';
import { NeedRepository } from '../needs/need.repository';
import { OfferDeadlineRepository } from './offer-deadline.repository';
import { type OfferNoticeFacts, OfferReminderNotices } from './offer-reminder-notices';
import { OfferViews } from './offer-views.service';

export const OFFER_REMINDERS_JOB = 'offers.reminders';

export interface OfferReminderRun {
  /** closed because the group ended the need (DONE or CANCELLED) before answering */
  readonly needClosed: number;
  /** closed unanswered after the second deadline */
  readonly noReply: number;
  /** reminded after the first deadline */
  readonly reminded: number;
}

/**
 * How the group ended a need: no answer to its offers can come any more. A need past its
 * deadline (EXPIRED, it may be published again) still lets the group answer the offers it has,
 * so those keep their deadlines; a need staff hid is left as it is (the hiding may be undone,
 * and nobody should be told to answer on a hidden need) and its offers wait untouched.
 */
const ENDED_BY_GROUP: ReadonlySet<NeedEntity['status']> = new Set(['DONE', 'CANCELLED']);

/**
 * Offers the group does not answer, never silence (issue #13): an offer still waiting
 * `reminderDays` after it was made is reminded to the group, staff and the NPO; after
 * `closeDays` it closes as EXPIRED (NO_REPLY) — the NPO is told politely, the group and staff
 * hear why — and the need stays open for other offers. The same settings as the introduction
 * requests (config.outreach). Hourly (Japan time) and once when the workers start; a run twice
 * is harmless, as each step only takes offers that have not had it.
 */
@Injectable()
export class OfferReminders implements OnModuleInit {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly jobs: JobQueue,
    private readonly dataSource: DataSource,
    private readonly rows: OfferDeadlineRepository,
    private readonly needs: NeedRepository,
    private readonly views: OfferViews,
    private readonly npos: NpoLookup,
    private readonly notices: OfferReminderNotices,
  ) {}

  onModuleInit(): void {
    this.jobs.define({
      name: OFFER_REMINDERS_JOB,
      schedule: '0 * * * *',
      policy: 'singleton',
      handle: async () => {
        await this.run();
      },
      onWorkersStart: async () => {
        await this.jobs.send(OFFER_REMINDERS_JOB, {});
      },
    });
  }

  /** One run as of `now` (tests pass a later day instead of waiting). */
  async run(now = new Date()): Promise<OfferReminderRun> {
    const { reminderDays, closeDays } = this.config.outreach;
    return this.dataSource.transaction(async (manager) => {
      const pending = await this.rows.pending(manager);
      const needs = new Map(
        (
          await this.needs.byIds(
            pending.map((o) => o.needId),
            manager,
          )
        ).map((n) => [n.id, n]),
      );
      const ended: string[] = [];
      const live: string[] = [];
      for (const offer of pending) {
        const need = needs.get(offer.needId);
        if (!need || ENDED_BY_GROUP.has(need.status)) ended.push(offer.id);
        else if (!need.hiddenAt) live.push(offer.id);
      }
      const needClosed = await this.rows.close(manager, ended, now, 'NEED_CLOSED');
      await this.notices.needClosed(manager, await this.facts(needClosed, manager));
      // Closing first: an offer past both deadlines (the app was down) closes without a late reminder.
      const noReply = await this.rows.closeUnanswered(manager, live, now, closeDays);
      await this.notices.closedUnanswered(manager, await this.facts(noReply, manager));
      const reminded = await this.rows.remindDue(manager, live, now, reminderDays);
      await this.notices.reminded(manager, await this.facts(reminded, manager));
      return { needClosed: needClosed.length, noReply: noReply.length, reminded: reminded.length };
    });
  }

  private async facts(offers: readonly OfferEntity[], manager: EntityManager): Promise<OfferNoticeFacts[]> {
    if (offers.length === 0) return [];
    const npos = await this.npos.byIds(
      offers.map((o) => o.npoId),
      manager,
    );
    return (await this.views.factsOf(offers, manager)).map((row) => ({
      ...row,
      npoName: npos.get(row.offer.npoId)?.name ?? '',
    }));
  }
}
