import { type BeforeApplicationShutdown, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { SearchOutboxWorker } from '@tsunagu/search/api';
import { NeedService } from './need.service';

/** Closes needs whose deadline passed, at start and every hour after. */
@Injectable()
export class NeedExpiryJob implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(NeedExpiryJob.name);
  private timer: NodeJS.Timeout | undefined;

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
    void run();
    this.timer = setInterval(() => void run(), 3_600_000);
    this.timer.unref();
  }

  beforeApplicationShutdown(): void {
    clearInterval(this.timer);
  }
}
