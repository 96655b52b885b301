// `npm run bench`: runs every *.bench.mjs in this folder in turn; each prints its table and
// writes bench/results/<name>.json.
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv[2];
for (const file of readdirSync(here)
  .filter((f) => f.endsWith('.bench.mjs'))
  .sort()) {
  if (only && !file.includes(only)) continue;
  const { default: run } = await import(pathToFileURL(join(here, file)).href);
  await run();
}
