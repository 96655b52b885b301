// The four boundary rules. Each returns a list of offences { file, line, detail }.
import { isCode, isGenerated, isTest, lineAt, listFiles, readText, withoutComments } from './source-files.mjs';
import { MIGRATIONS_DIR, ownerOf, tablesFromMigrations } from './table-owners.mjs';

const APP_DIRS = ['apps/api/src/seeds/', 'apps/api/src/cli/'];
const CONFIG_DIR = 'libs/shared/api-core/src/lib/config/';
const RUNTIME_DIR = 'apps/api/src/runtime/';
export const MAX_LINES = 400;

/** The domain a file belongs to for rule a: libs/<domain>/…, or "app" for seeds and the CLI. */
export function domainOf(file) {
  const lib = /^libs\/([^/]+)\//.exec(file);
  if (lib) return lib[1];
  return APP_DIRS.some((dir) => file.startsWith(dir)) ? 'app' : undefined;
}

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Entity classes (decorated with @Entity) by the domain whose lib declares them. */
function entityOwners(repoRoot, files) {
  const owners = new Map();
  for (const file of files) {
    const domain = domainOf(file);
    if (!domain || !isCode(file) || isTest(file)) continue;
    const text = readText(repoRoot, file);
    for (const m of text.matchAll(/@Entity\([^]*?export\s+class\s+([A-Z]\w*)/g)) owners.set(m[1], domain);
  }
  return owners;
}

/** Rule a: a lib (or the app's seeds/CLI) names a table, or uses an entity, of another domain. */
export function crossDomainSql(repoRoot, files) {
  const tables = tablesFromMigrations(repoRoot);
  const unowned = tables.filter((t) => !ownerOf(t));
  const entities = entityOwners(repoRoot, files);
  const tableAlternatives = tables.map(escape).join('|');
  const sqlTable = new RegExp(
    `\\b(?:FROM|JOIN|INTO|UPDATE|TABLE|REFERENCES|TRUNCATE)\\s+"?(${tableAlternatives})"?(?![\\w.'\`/-])`,
    'gi',
  );
  const builderTable = new RegExp(
    `\\.(?:from|into|update|delete|innerJoin|leftJoin|innerJoinAndSelect|leftJoinAndSelect)\\(\\s*['"\`](${tableAlternatives})['"\`]`,
    'g',
  );
  const entityAlternatives = [...entities.keys()].map(escape).join('|') || '(?!)';
  const entityUse = new RegExp(
    `(?:getRepository|InjectRepository|forFeature)\\(\\s*\\[?[^)]*?\\b(${entityAlternatives})\\b|Repository<\\s*(${entityAlternatives})\\s*>` +
      `|\\b(?:manager|em|entityManager|tx|trx)\\.\\w+\\(\\s*(${entityAlternatives})\\b`,
    'g',
  );
  const offences = [];
  for (const file of files) {
    const domain = domainOf(file);
    if (!domain || !isCode(file) || isTest(file) || domain === 'shared') continue;
    const text = withoutComments(readText(repoRoot, file));
    const seen = new Set();
    const add = (name, owner, index, how) => {
      if (owner === domain || seen.has(name)) return;
      seen.add(name);
      offences.push({
        file,
        line: lineAt(text, index),
        domain,
        table: name,
        owner,
        detail: `${how} ${name} (owned by ${owner})`,
      });
    };
    for (const m of text.matchAll(sqlTable)) add(m[1].toLowerCase(), ownerOf(m[1].toLowerCase()), m.index, 'SQL names');
    for (const m of text.matchAll(builderTable)) add(m[1], ownerOf(m[1]), m.index, 'query builder names');
    for (const m of text.matchAll(entityUse)) {
      const entity = m[1] || m[2] || m[3];
      add(`entity ${entity}`, entities.get(entity), m.index, 'TypeORM uses');
    }
  }
  // A file in libs/shared naming a domain's table is as bad; report it with the domain "shared".
  for (const file of files.filter((f) => f.startsWith('libs/shared/') && isCode(f) && !isTest(f))) {
    const text = withoutComments(readText(repoRoot, file));
    const seen = new Set();
    for (const m of text.matchAll(sqlTable)) {
      const table = m[1].toLowerCase();
      if (seen.has(table)) continue;
      seen.add(table);
      offences.push({
        file,
        line: lineAt(text, m.index),
        domain: 'shared',
        table,
        owner: ownerOf(table),
        detail: `SQL names ${table} (owned by ${ownerOf(table)})`,
      });
    }
  }
  return { offences, tables, unowned };
}

/** Server code only: the web client's Apollo `client.query(` is no SQL. */
const isServerCode = (file) =>
  /^(apps\/api|libs)\//.test(file) && !/^libs\/shared\/(ui|graphql-client)\//.test(file) && !file.endsWith('.tsx');

/** Rule b: `.query(` or `createQueryBuilder` outside `*.repository.ts` and the migrations. */
export function rawQueries(repoRoot, files) {
  const offences = [];
  for (const file of files) {
    if (!isCode(file) || isTest(file) || file.endsWith('.repository.ts') || file.startsWith(`${MIGRATIONS_DIR}/`))
      continue;
    if (!isServerCode(file)) continue;
    const text = withoutComments(readText(repoRoot, file));
    for (const m of text.matchAll(/\.query\s*(?:<[^>]*>)?\s*\(|\bcreateQueryBuilder\b/g)) {
      offences.push({
        file,
        line: lineAt(text, m.index),
        detail: m[0].startsWith('.') ? '.query(' : 'createQueryBuilder',
      });
    }
  }
  return { offences };
}

/**
 * Rule c: `process.env` outside the config; the runtime launchers may hand env to child processes
 * (spread or filtered into the child's env) and look the binary up on the PATH the child will get.
 */
export function processEnv(repoRoot, files) {
  const offences = [];
  const allowed = [];
  for (const file of files) {
    if (!isCode(file) || isTest(file) || file.startsWith(CONFIG_DIR)) continue;
    if (!/^(apps\/[^/]+\/src|libs)\//.test(file)) continue;
    const raw = readText(repoRoot, file);
    const text = withoutComments(raw);
    const lines = raw.split('\n');
    for (const m of text.matchAll(/\bprocess\.env\b/g)) {
      const line = lineAt(text, m.index);
      const source = lines[line - 1].trim();
      const entry = { file, line, detail: source.length > 100 ? `${source.slice(0, 97)}...` : source };
      const passesToChild =
        /\.\.\.process\.env\b|env:\s*process\.env\b|Object\.entries\(process\.env\)|process\.env\['PATH'\]/.test(
          source,
        );
      if (file.startsWith(RUNTIME_DIR) && passesToChild) allowed.push(entry);
      else offences.push(entry);
    }
  }
  return { offences, allowed };
}

/** Rule d: hand-written source files over MAX_LINES lines. */
export function longFiles(repoRoot, files) {
  const offences = [];
  for (const file of files) {
    if (!isCode(file)) continue;
    const text = readText(repoRoot, file);
    if (isGenerated(file, text)) continue;
    const lines = text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
    if (lines > MAX_LINES) offences.push({ file, line: lines, detail: `${lines} lines` });
  }
  return { offences: offences.sort((a, b) => b.line - a.line) };
}

export const SCANNED_ROOTS = ['apps', 'libs', 'e2e', 'bench', 'tools'];
export const allFiles = (repoRoot) => listFiles(repoRoot, SCANNED_ROOTS);
