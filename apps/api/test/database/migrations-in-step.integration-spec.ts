import pino from 'pino';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../../src/database/data-source-options';
import { createTestDatabase } from '../test-services';

/**
 * The entities describe what the migrations made: after every migration on a fresh database,
 * TypeORM finds nothing to change. A pending difference means a migration is missing, or an
 * entity decorator says something the schema does not (fix the entity, never the migration).
 */
/**
 * The entities do not declare foreign keys, CHECK and UNIQUE constraints or indexes: the migrations
 * own them (partial indexes, named checks), so TypeORM's wish to drop them is expected. Any other
 * change (a table, a column, its type, nullability or default, a new index or constraint) fails.
 */
const ownedByMigrations = (query: string) =>
  /^ALTER TABLE "\w+" DROP CONSTRAINT "\w+"$/.test(query) || /^DROP INDEX "public"\."\w+"$/.test(query);

describe('migrations in step with the entities', () => {
  let db: Awaited<ReturnType<typeof createTestDatabase>>;
  let dataSource: DataSource;
  beforeAll(async () => {
    db = await createTestDatabase();
    dataSource = new DataSource(dataSourceOptions(db.url, pino({ level: 'silent' })));
    await dataSource.initialize(); // runs every migration (migrationsRun)
  });
  afterAll(async () => {
    await dataSource?.destroy();
    await db?.drop();
  });

  const pendingChanges = async () =>
    (await dataSource.driver.createSchemaBuilder().log()).upQueries
      .map((q) => q.query)
      .filter((q) => !ownedByMigrations(q));

  it('every migration ran and TypeORM would change nothing', async () => {
    expect(await dataSource.showMigrations()).toBe(false);
    const pending = await pendingChanges();
    if (pending.length > 0) {
      throw new Error(`Entities and migrations disagree; TypeORM would run:\n${pending.join(';\n')}`);
    }
  });

  it('the check sees a difference when the schema drifts from an entity', async () => {
    // The schema builder reads through its own connection, so the drift is real DDL, undone after.
    await dataSource.query('ALTER TABLE mail_outbox ALTER COLUMN attempts DROP DEFAULT');
    try {
      expect((await pendingChanges()).join('\n')).toMatch(/"mail_outbox" ALTER COLUMN "attempts" SET DEFAULT/);
    } finally {
      await dataSource.query('ALTER TABLE mail_outbox ALTER COLUMN attempts SET DEFAULT 0');
    }
    expect(await pendingChanges()).toEqual([]);
  });
});
