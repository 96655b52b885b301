// Vocabulary review aid: the content words of the NPO fixture's texts (purpose and programmes) that no
// concept of the civic thesaurus holds, with how many NPOs use each. A word many NPOs use and no
// concept knows is one that officers' needs cannot meet through a concept, only by the same spelling.
// Usage: node tools/thesaurus/audit-vocabulary.mjs [--min 2] [--zip path/to/npo-file.zip]
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { unzipSync } from 'fflate';
import iconv from 'iconv-lite';
import kuromoji from 'kuromoji';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const require = createRequire(import.meta.url);
const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const minNpos = Number(arg('--min', '2'));
const zipPath = arg('--zip', join(root, 'libs/matching/api/eval/kitakyushu-npos-sample.zip'));

// The generated thesaurus is plain data behind one TypeScript line; the words a document is found by.
const generated = readFileSync(join(root, 'libs/shared/util/src/lib/thesaurus/civic-thesaurus.generated.ts'), 'utf8');
const thesaurus = JSON.parse(generated.slice(generated.indexOf('= {') + 2, generated.lastIndexOf('};') + 1));
const norm = (w) => w.normalize('NFKC');
const stop = new Set(thesaurus.stopWords);
const conceptWords = thesaurus.concepts.flatMap((c) => [...c.words, ...c.sudachi.words, ...c.inflections]);
// Covered: the dictionary pass would find a concept word inside it (観光客 holds 観光).
const covered = (word) => stop.has(word) || conceptWords.some((w) => word.includes(w));

const files = unzipSync(readFileSync(zipPath));
const csvName = Object.keys(files).find((name) => name.endsWith('.csv'));
const rows = parse(iconv.decode(Buffer.from(files[csvName]), 'cp932'), {
  columns: true,
  bom: true,
  relax_column_count: true,
});

const tokenizer = await new Promise((resolve, reject) =>
  kuromoji
    .builder({ dicPath: join(dirname(require.resolve('kuromoji/package.json')), 'dict') })
    .build((error, t) => (error ? reject(error) : resolve(t))),
);

// Nouns joined into compounds as a reader sees them (地域 + 福祉 → 地域福祉), plus verbs' dictionary forms.
function contentWords(text) {
  const words = new Set();
  let run = [];
  const flush = () => {
    if (run.length) words.add(run.join('').replace(/事業$/, ''));
    if (run.length > 1) for (const part of run) words.add(part);
    run = [];
  };
  for (const t of tokenizer.tokenize(norm(text))) {
    const noun =
      t.pos === '名詞' &&
      !/^[()（）]+$/.test(t.surface_form) &&
      !['数', '代名詞', '非自立', '接尾'].includes(t.pos_detail_1);
    if (noun && t.pos_detail_2 !== '地域') run.push(t.surface_form);
    else {
      flush();
      if ((t.pos === '動詞' || t.pos === '形容詞') && t.pos_detail_1 === '自立' && t.basic_form !== '*')
        words.add(t.basic_form);
    }
  }
  flush();
  return [...words].filter((w) => [...w].length >= 2);
}

const npos = new Map();
for (const row of rows) {
  const text = `${row['定款に記載された目的'] ?? ''}\n${row['特定非営利活動に係る事業'] ?? ''}`;
  for (const word of contentWords(text)) {
    if (covered(word)) continue;
    if (!npos.has(word)) npos.set(word, new Set());
    npos.get(word).add(row['法人名称']);
  }
}
const list = [...npos.entries()].filter(([, s]) => s.size >= minNpos).sort((a, b) => b[1].size - a[1].size);
console.log(`${rows.length} NPOs; ${list.length} words used by ${minNpos}+ NPOs that no concept holds:`);
for (const [word, s] of list) console.log(`${String(s.size).padStart(4)}  ${word}`);
