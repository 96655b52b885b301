import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { NeedRepository, isOpenForOffers } from '@tsunagu/needs/api';
import { APP_CONFIG, type AppConfig, JobQueue } from '@tsunagu/shared/api-core';
import { todayInJapan } from '@tsunagu/shared/util';
import { IntroductionNotices } from './introduction-notices';
import { IntroductionRequestRepository } from './introduction-request.repository';
import { IntroductionViews } from './introduction-views';

export const INTRODUCTION_REMINDERS_JOB = 'introductions.reminders';

export interface ReminderRun {
  /** closed because their need no longer takes offers (silently: the group closed it or it ended) */
  readonly needClosed: number;
  /** closed as 「返事がありません」 after the second deadline */
  readonly noReply: number;
  /** reminded after the first deadline */
  readonly reminded: number;
}

/**
 * Replies that do not come, never silence: a request with no answer `reminderDays` after it
 * was made goes back to staff and the group is told the city tries again and until when; after
 * `closeDays` it closes as 「返事がありません」 and the group hears what it can do next. Hourly
 * (Japan time) and once when the workers start; a run twice is harmless, as each step only
 * takes requests that have not had it.
 */
@Injectable()
export class IntroductionReminders implements OnModuleInit {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly jobs: JobQueue,
    private readonly dataSource: DataSource,
    private readonly rows: IntroductionRequestRepository,
    private readonly views: IntroductionViews,
    private readonly notices: IntroductionNotices,
    private readonly needs: NeedRepository,
  ) {}

  onModuleInit(): void {
    this.jobs.define({
      name: INTRODUCTION_REMINDERS_JOB,
      schedule: '0 * * * *',
      policy: 'singleton',
      handle: async () => {
        await this.run();
      },
      onWorkersStart: async () => {
        await this.jobs.send(INTRODUCTION_REMINDERS_JOB, {});
      },
    });
  }

  /** One run as of `now` (tests pass a later day instead of waiting). */
  async run(now = new Date()): Promise<ReminderRun> {
    const { reminderDays, closeDays } = this.config.outreach;
    return this.dataSource.transaction(async (manager) => {
      const open = await this.rows.open(manager);
      const needs = new Map(
        (
          await this.needs.byIds(
            open.map((r) => r.needId),
            manager,
          )
        ).map((n) => [n.id, n]),
      );
      const today = todayInJapan(now);
      const ended = open.filter((r) => {
        const need = needs.get(r.needId);
        return !need || !isOpenForOffers(need, today);
      });
      const needClosed = await this.rows.closeForClosedNeeds(
        manager,
        ended.map((r) => r.id),
        now,
      );
      // Closing first: a request past both deadlines (the app was down) closes without a late reminder.
      const noReply = await this.rows.closeUnanswered(manager, now, closeDays);
      await this.notices.noReply(manager, await this.views.many(noReply, manager));
      const reminded = await this.rows.remindDue(manager, now, reminderDays);
      await this.notices.reminded(manager, await this.views.many(reminded, manager));
      return { needClosed, noReply: noReply.length, reminded: reminded.length };
    });
  }
}
