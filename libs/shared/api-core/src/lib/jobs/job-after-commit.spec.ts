import type { DataSource, EntityManager, EntitySubscriberInterface, TransactionCommitEvent } from 'typeorm';
import { installJobsAfterCommit, requestJobAfterCommit } from './job-after-commit';
import type { JobQueue } from './job-queue';

function world(workers = true) {
  const sent: string[] = [];
  const jobs = { workers, send: async (name: string) => void sent.push(name) } as unknown as JobQueue;
  const dataSource = { subscribers: [] as EntitySubscriberInterface[] } as unknown as DataSource;
  installJobsAfterCommit(dataSource, jobs);
  const runner = { isTransactionActive: true, data: {} as Record<string, unknown> };
  const manager = { queryRunner: runner, connection: dataSource } as unknown as EntityManager;
  const [subscriber] = dataSource.subscribers;
  const event = { queryRunner: runner } as unknown as TransactionCommitEvent;
  return { sent, dataSource, runner, manager, subscriber, event };
}

describe(requestJobAfterCommit.name, () => {
  it('sends the job once the transaction has committed, not before, and once per job', () => {
    const w = world();
    requestJobAfterCommit(w.manager, 'search-sync');
    requestJobAfterCommit(w.manager, 'search-sync');
    expect(w.sent).toEqual([]);
    w.runner.isTransactionActive = false;
    void w.subscriber.afterTransactionCommit?.(w.event);
    expect(w.sent).toEqual(['search-sync']);
  });

  it('waits for the outer commit when a savepoint is released, and forgets the wake on rollback', () => {
    const w = world();
    requestJobAfterCommit(w.manager, 'mail-delivery');
    void w.subscriber.afterTransactionCommit?.(w.event); // a savepoint: still in the transaction
    expect(w.sent).toEqual([]);
    w.runner.isTransactionActive = false;
    void w.subscriber.afterTransactionRollback?.(w.event);
    void w.subscriber.afterTransactionCommit?.(w.event);
    expect(w.sent).toEqual([]);
  });

  it('sends at once outside a transaction, and never where this process has no workers', () => {
    const w = world();
    w.runner.isTransactionActive = false;
    requestJobAfterCommit(w.manager, 'search-sync');
    expect(w.sent).toEqual(['search-sync']);
    const cli = world(false);
    cli.runner.isTransactionActive = false;
    requestJobAfterCommit(cli.manager, 'search-sync');
    expect(cli.sent).toEqual([]);
  });

  it('is installed once per data source', () => {
    const w = world();
    installJobsAfterCommit(w.dataSource, {} as JobQueue);
    expect(w.dataSource.subscribers).toHaveLength(1);
  });
});
