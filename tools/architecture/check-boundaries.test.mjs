// node --test tools/ : the boundary rules on a small repository written to a temporary folder.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, test } from 'node:test';
import { allFiles, crossDomainSql, longFiles, processEnv, rawQueries } from './lib/rules.mjs';
import { tablesFromMigrations } from './lib/table-owners.mjs';

const root = mkdtempSync(join(tmpdir(), 'boundaries-'));
after(() => rmSync(root, { recursive: true, force: true }));
const write = (path, text) => {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
};

write(
  'apps/api/src/database/migrations/1-first.ts',
  `export class First { async up(q) { await q.query('CREATE TABLE npo (id uuid)'); await q.query('CREATE TABLE need (id uuid)');
     await q.query('CREATE TABLE auth_attempt (id uuid)'); }
   async down(q) { await q.query('DROP TABLE need'); } }`,
);
write(
  'apps/api/src/database/migrations/2-second.ts',
  `export class Second { async up(q) { await q.query('DROP TABLE auth_attempt'); } }`,
);
write('libs/needs/api/src/lib/need.entity.ts', `@Entity({ name: 'need' })\nexport class NeedEntity {}`);
write(
  'libs/matching/api/src/lib/matching.service.ts',
  `// FROM need in a comment does not count
   const a = await this.db.query(\`SELECT * FROM need JOIN "npo" ON true\`);
   constructor(@InjectRepository(NeedEntity) private readonly needs: Repository<NeedEntity>) {}
   const url = 'from need.ts';`,
);
write('libs/needs/api/src/lib/need.repository.ts', `await this.db.query('SELECT * FROM need');`);
write('libs/needs/api/src/lib/need.service.spec.ts', `await db.query('SELECT * FROM npo');`);
write('libs/shared/api-core/src/lib/config/app-config.ts', `const port = process.env.PORT;`);
write(
  'apps/api/src/runtime/runner.ts',
  `spawn(bin, { env: { ...process.env, A: '1' } });\nconst p = process.env['PATH'];\nconst key = process.env['MEILI_MASTER_KEY'];`,
);
write('libs/npo/api/src/lib/big.ts', 'x\n'.repeat(401));

const files = allFiles(root);

test('tables: created minus dropped by the up halves, down halves ignored', () => {
  assert.deepEqual(tablesFromMigrations(root), ['need', 'npo']);
});

test('a. cross-domain SQL and entity use, not comments, own tables or tests', () => {
  const pairs = crossDomainSql(root, files).offences.map((o) => `${o.file} ${o.table}`);
  assert.deepEqual(pairs.sort(), [
    'libs/matching/api/src/lib/matching.service.ts entity NeedEntity',
    'libs/matching/api/src/lib/matching.service.ts need',
    'libs/matching/api/src/lib/matching.service.ts npo',
  ]);
});

test('b. raw queries outside repositories and migrations', () => {
  assert.deepEqual(
    rawQueries(root, files).offences.map((o) => o.file),
    ['libs/matching/api/src/lib/matching.service.ts'],
  );
});

test('c. process.env: the config may, a launcher may pass it to a child (and find the binary on its PATH), nothing else', () => {
  const { offences, allowed } = processEnv(root, files);
  assert.deepEqual(
    offences.map((o) => `${o.file}:${o.line}`),
    ['apps/api/src/runtime/runner.ts:3'],
  );
  assert.deepEqual(
    allowed.map((o) => `${o.file}:${o.line}`),
    ['apps/api/src/runtime/runner.ts:1', 'apps/api/src/runtime/runner.ts:2'],
  );
});

test('d. files over 400 lines', () => {
  assert.deepEqual(
    longFiles(root, files).offences.map((o) => o.detail),
    ['401 lines'],
  );
});
