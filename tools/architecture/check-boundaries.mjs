#!/usr/bin/env node
// Boundary report of issue 12: cross-domain SQL, raw queries outside repositories, process.env outside
// the config, source files over 400 lines. `--fail` exits 1 when any count is non-zero; `--json` prints
// the whole report as JSON instead of text. Plain Node, no dependencies.
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MAX_LINES, allFiles, crossDomainSql, longFiles, processEnv, rawQueries } from './lib/rules.mjs';

const args = new Set(process.argv.slice(2));
const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const files = allFiles(repoRoot);

const sql = crossDomainSql(repoRoot, files);
const libPairs = sql.offences.filter((o) => o.domain !== 'app');
const appPairs = sql.offences.filter((o) => o.domain === 'app');
const report = {
  tables: sql.tables.length,
  unownedTables: sql.unowned,
  crossDomainSql: libPairs,
  crossDomainSqlFromApp: appPairs,
  rawQueriesOutsideRepositories: rawQueries(repoRoot, files).offences,
  processEnvOutsideConfig: processEnv(repoRoot, files),
  filesOverLimit: longFiles(repoRoot, files).offences,
};
const failing =
  report.unownedTables.length +
  libPairs.length +
  appPairs.length +
  report.rawQueriesOutsideRepositories.length +
  report.processEnvOutsideConfig.offences.length +
  report.filesOverLimit.length;

if (args.has('--json')) {
  console.log(JSON.stringify(report, null, 2));
} else {
  const fileCount = (list) => new Set(list.map((o) => o.file)).size;
  const section = (title, list, { table = false } = {}) => {
    console.log(`\n${title}: ${list.length}${table ? ` pairs in ${fileCount(list)} files` : ''}`);
    for (const o of list) console.log(`  ${o.file}:${o.line}  ${o.detail}`);
  };
  console.log(`Boundary report (${sql.tables.length} tables from the migrations, ${files.length} files scanned)`);
  if (report.unownedTables.length) {
    console.log(
      `\nTables with no owner (add them to tools/architecture/lib/table-owners.mjs): ${report.unownedTables.join(', ')}`,
    );
  }
  section('a. cross-domain SQL (libs, file-table pairs)', libPairs, { table: true });
  section('a. cross-domain SQL from the app (seeds, cli; own nothing)', appPairs, { table: true });
  const raw = report.rawQueriesOutsideRepositories;
  section(`b. raw queries outside *.repository.ts and migrations (in ${fileCount(raw)} files)`, raw);
  section('c. process.env outside the config', report.processEnvOutsideConfig.offences);
  section('c. (allowed) runtime launchers handing env to child processes', report.processEnvOutsideConfig.allowed);
  section(`d. source files over ${MAX_LINES} lines`, report.filesOverLimit);
  console.log(
    `\nSummary: a=${libPairs.length} pairs/${fileCount(libPairs)} files (+${appPairs.length} from the app), ` +
      `b=${raw.length}, c=${report.processEnvOutsideConfig.offences.length}, d=${report.filesOverLimit.length}`,
  );
}
if (args.has('--fail') && failing > 0) process.exit(1);
