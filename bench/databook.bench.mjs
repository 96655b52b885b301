// The data book PDF for 300 and 3,000 NPOs (made-up but realistic entries), each in a process of
// its own so its peak memory is its own. Reference in the same run: pdfkit alone writing the
// same pages with the same font and names (no layout, fitting, QR codes or indexes).
// Targets: 300 NPOs ≤ 10 s and ≤ 5 MB; 3,000 NPOs ≤ 60 s with memory bounded.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const require = createRequire(import.meta.url);
const WARDS = ['門司区', '小倉北区', '小倉南区', '若松区', '八幡東区', '八幡西区', '戸畑区'];

function entries(count) {
  const { DEMO_THEMES, PLACE_WORDS, SUFFIX_WORDS } = require(
    join(root, 'dist/apps/api/libs/npo/open-data/src/lib/demo-vocabulary.js'),
  );
  return Array.from({ length: count }, (_, i) => {
    const theme = DEMO_THEMES[i % DEMO_THEMES.length];
    const place = PLACE_WORDS[(i * 7) % PLACE_WORDS.length];
    const suffix = SUFFIX_WORDS[(i * 3) % SUFFIX_WORDS.length];
    const serial = Math.floor(i / (DEMO_THEMES.length * PLACE_WORDS.length));
    return {
      id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      name: `${place.text}${theme.name.text}${suffix.text}${serial ? serial + 1 : ''}`,
      nameKana: `${place.kana}${theme.name.kana}${suffix.kana}`,
      ward: WARDS[i % WARDS.length],
      address: `北九州市${WARDS[i % WARDS.length]}中央${(i % 9) + 1}-${(i % 20) + 1}-${(i % 30) + 1}`,
      representative: '山田　太郎',
      establishedOn: `${2000 + (i % 25)}-04-01`,
      fields: theme.fields,
      description: `${theme.purpose}${theme.programmes}を行っています。`.repeat(1 + (i % 3)),
      descriptionIsOwn: i % 4 === 0,
      helpKinds: i % 3 === 0 ? ['VOLUNTEERS', 'LECTURER'] : [],
      contact: null,
      certified: i % 10 === 0,
      pageUrl: `http://localhost:3000/npos/${i}`,
    };
  });
}

async function child(mode, count, out) {
  const list = entries(count);
  const t0 = performance.now();
  if (mode === 'book') {
    const { renderDataBook } = require(join(root, 'dist/apps/api/libs/databook/api/src/index.js'));
    const result = await renderDataBook(list, { groupBy: 'field', editionYear: 2026 }, out);
    process.stdout.write(
      JSON.stringify({
        pages: result.pages,
        seconds: (performance.now() - t0) / 1000,
        maxRssMb: process.resourceUsage().maxRSS / 1024,
      }),
    );
  } else {
    const PDFDocument = require('pdfkit');
    const { createWriteStream } = await import('node:fs');
    const doc = new PDFDocument({ size: 'A4', autoFirstPage: false });
    const done = new Promise((r) => doc.pipe(createWriteStream(out)).on('finish', r));
    doc.registerFont('jp', require.resolve('@expo-google-fonts/noto-sans-jp/400Regular/NotoSansJP_400Regular.ttf'));
    const pages = Math.ceil(count / 3) + 3;
    for (let p = 0; p < pages; p++) {
      doc.addPage();
      for (const e of list.slice(p * 3, p * 3 + 3)) doc.font('jp').fontSize(10).text(`${e.name} ${e.description}`);
    }
    doc.end();
    await done;
    process.stdout.write(
      JSON.stringify({
        pages,
        seconds: (performance.now() - t0) / 1000,
        maxRssMb: process.resourceUsage().maxRSS / 1024,
      }),
    );
  }
}

export default async function run() {
  const dir = mkdtempSync(join(tmpdir(), 'tsunagu-bench-databook-'));
  const rows = {};
  const result = {
    measuredAt: new Date().toISOString(),
    targets: { npos300: { seconds: 10, mb: 5 }, npos3000: { seconds: 60 } },
  };
  for (const count of [300, 3000]) {
    for (const mode of ['book', 'reference']) {
      const out = join(dir, `${mode}-${count}.pdf`);
      const measured = JSON.parse(
        execFileSync(process.execPath, [fileURLToPath(import.meta.url), 'child', mode, String(count), out], {
          encoding: 'utf8',
          cwd: root,
        }),
      );
      const row = {
        npos: count,
        pages: measured.pages,
        seconds: +measured.seconds.toFixed(2),
        mb: +(statSync(out).size / 1_048_576).toFixed(2),
        peakRssMb: Math.round(measured.maxRssMb),
      };
      rows[`${mode === 'book' ? 'data book' : 'pdfkit alone (reference)'}, ${count} NPOs`] = row;
      result[`${mode}${count}`] = row;
    }
  }
  writeFileSync(join(root, 'bench/results/databook.json'), `${JSON.stringify(result, null, 2)}\n`);
  console.log('\ndata book PDF (A4, by field), each size in its own process');
  console.table(rows);
  const ok = result.book300.seconds <= 10 && result.book300.mb <= 5 && result.book3000.seconds <= 60;
  console.log(
    `${ok ? 'OK' : 'MISSED'}: 300 NPOs ${result.book300.seconds} s / ${result.book300.mb} MB (≤ 10 s, ≤ 5 MB); 3,000 NPOs ${result.book3000.seconds} s, peak ${result.book3000.peakRssMb} MB RSS vs ${result.book300.peakRssMb} MB for 300`,
  );
}

if (process.argv[2] === 'child') await child(process.argv[3], Number(process.argv[4]), process.argv[5]);
