/** One piece of background work the job queue runs. */
export interface JobDefinition<T extends object = Record<string, never>> {
  /** the pg-boss queue name, also the name in logs */
  readonly name: string;
  /** Does one job. Throwing fails the try; pg-boss retries while `retryLimit` allows. */
  handle(
    data: T,
    job: { readonly id: string; readonly retryCount: number; readonly retryLimit: number },
  ): Promise<void>;
  /** a cron expression, read in Asia/Tokyo (the city's clock): the job is also sent on it */
  readonly schedule?: string;
  /** tries after the first (default 2) */
  readonly retryLimit?: number;
  readonly retryDelaySeconds?: number;
  /**
   * How long one try may stay "active" before pg-boss treats its worker as dead and tries again
   * (default 60 s: the jobs that poll an outbox finish a batch in far less, and a killed worker's
   * job is then taken up again within about a minute).
   */
  readonly expireInSeconds?: number;
  /** how often an idle worker looks for work (pg-boss's minimum is 0.5 s; default 2 s) */
  readonly pollingIntervalSeconds?: number;
  /**
   * 'singleton' keeps at most one job of the queue waiting, for work that drains a table
   * (outbox, expiry): a burst of sends makes one run, not one run per send.
   */
  readonly policy?: 'standard' | 'singleton' | 'stately' | 'short';
  /** run once when this process's workers start: pick up what a dead process left */
  onWorkersStart?(): Promise<void>;
}
