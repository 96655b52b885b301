import { Injectable, type OnModuleInit } from '@nestjs/common';
import { SearchOutboxWorker } from '@tsunagu/search/api';
import { JobQueue } from '@tsunagu/shared/api-core';
import { NeedService } from './need.service';

export const NEED_EXPIRY_JOB = 'needs.expire';

/**
 * Closes needs whose deadline passed: every hour on the hour (Japan time) and once when the
 * workers start (a deadline that passed while the app was down). A run twice is harmless: only
 * PUBLISHED needs past their deadline change, so the second finds none.
 */
@Injectable()
export class NeedExpiryJob implements OnModuleInit {
  constructor(
    private readonly jobs: JobQueue,
    private readonly needs: NeedService,
    private readonly outbox: SearchOutboxWorker,
  ) {}

  onModuleInit(): void {
    this.jobs.define({
      name: NEED_EXPIRY_JOB,
      schedule: '0 * * * *',
      policy: 'singleton',
      handle: async () => {
        await this.run();
      },
      onWorkersStart: async () => {
        await this.jobs.send(NEED_EXPIRY_JOB, {});
      },
    });
  }

  /** One run; returns how many needs closed. */
  async run(): Promise<number> {
    const count = await this.needs.expireDue();
    if (count > 0) this.outbox.nudge();
    return count;
  }
}
