import pino from 'pino';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../../src/database/data-source-options';
import { createTestDatabase } from '../test-services';

// The migrations own foreign keys, checks, unique constraints and partial indexes (the entities do
// not declare them), so TypeORM's wish to drop those is expected; anything else is a difference.
const ownedByMigrations = (query: string) =>
  /^ALTER TABLE "\w+" DROP CONSTRAINT "\w+"$/.test(query) || /^DROP INDEX "public"\."\w+"$/.test(query);

/** The marché entities describe exactly the tables the marché migrations made. */
describe('marché entities in step with the migrations', () => {
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

  it('has an entity for every marche_ table, and TypeORM would change none of them', async () => {
    const tables: Array<{ table_name: string }> = await dataSource.query(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name LIKE 'marche\\_%'`,
    );
    const described = new Set(dataSource.entityMetadatas.map((e) => e.tableName));
    expect(tables.map((t) => t.table_name).filter((t) => !described.has(t))).toEqual([]);
    const pending = (await dataSource.driver.createSchemaBuilder().log()).upQueries
      .map((q) => q.query)
      .filter((q) => /marche_/.test(q) && !ownedByMigrations(q));
    expect(pending).toEqual([]);
  });
});
