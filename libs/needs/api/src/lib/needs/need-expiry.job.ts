import { type BeforeApplicationShutdown, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { SearchOutboxWorker } from '@tsunagu/search/api';
import { NeedService } from './need.service';

/** Closes needs whose deadline passed, at start and every hour after. */
@Injectable()
export class NeedExpiryJob implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(NeedExpiryJob.name);
  private timer: NodeJS.Timeout | undefined;
  private busy: Promise<void> = Promise.resolve();

  constructor(
    private readonly dataSource: DataSource,
    private readonly needs: NeedService,
    private readonly outbox: SearchOutboxWorker,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.dataSource.isInitialized) return;
    const run = () =>
      this.needs
        .expireDue()
        .then((count) => {
          if (count > 0) this.outbox.nudge();
        })
        .catch((error: unknown) => this.logger.warn(`expiry postponed: ${(error as Error).message}`));
    this.busy = run();
    this.timer = setInterval(() => {
      this.busy = run();
    }, 3_600_000);
    this.timer.unref();
  }

  // Before the database connections close: let a run in progress finish.
  async beforeApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.busy;
  }
}
