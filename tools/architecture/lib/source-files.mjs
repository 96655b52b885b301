// Walks the repository for source files, skipping what is built, installed or generated.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const SKIPPED_DIRS = new Set([
  'node_modules',
  'dist',
  'tmp',
  '.git',
  '.nx',
  '.data',
  'coverage',
  'generated',
  'results',
]);

/** Every file under `roots` (relative to `repoRoot`) as a posix path relative to the repo. */
export function listFiles(repoRoot, roots) {
  const out = [];
  const walk = (dir) => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!SKIPPED_DIRS.has(entry.name)) walk(full);
      } else if (entry.isFile() || (entry.isSymbolicLink() && statSync(full).isFile())) {
        out.push(relative(repoRoot, full).split(sep).join('/'));
      }
    }
  };
  for (const root of roots) walk(join(repoRoot, root));
  return out.sort();
}

export const isCode = (path) => /\.(ts|tsx|mjs)$/.test(path) && !path.endsWith('.d.ts');

/** Spec files and test-only folders (helpers of the integration and e2e suites). */
export const isTest = (path) =>
  /\.(spec|integration-spec|reliability-spec|test)\.(ts|tsx|mjs)$/.test(path) ||
  /(^|\/)(test|tests|__tests__|testing)\//.test(path) ||
  path.startsWith('e2e/');

export const isGenerated = (path, text) =>
  path.includes('/generated/') || /^\/\*[^]*?(@generated|auto-?generated|do not edit)/i.test(text.slice(0, 400));

export function readText(repoRoot, path) {
  return readFileSync(join(repoRoot, path), 'utf8');
}

/** Line number (1-based) of a character offset. */
export function lineAt(text, index) {
  let line = 1;
  for (let i = 0; i < index; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** Blanks out comments (keeps offsets and line numbers) so prose does not count as SQL. */
export function withoutComments(text) {
  return text
    .replace(/\/\*[^]*?\*\//g, (m) => m.replace(/[^\n]/g, ' '))
    .replace(/(^|[^:'"`\\])\/\/[^\n]*/g, (m, before) => before + ' '.repeat(m.length - before.length));
}
