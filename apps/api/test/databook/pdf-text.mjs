// Prints the text of a PDF as JSON: pages → lines (top to bottom) → cells (left to right).
// Runs as its own Node process because pdf.js is an ES module (Jest runs CommonJS).
// With --sizes: pages → text items {str, size}, size being the font height in points (from the
// item's transform), so a test can check the type is as large as the paper promises.
import { readFileSync } from 'node:fs';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

const args = process.argv.slice(2);
const sizes = args.includes('--sizes');
const [file] = args.filter((a) => a !== '--sizes');
const pdf = await getDocument({ data: new Uint8Array(readFileSync(file)), isEvalSupported: false, verbosity: 0 })
  .promise;
const pages = [];
for (let n = 1; n <= pdf.numPages; n++) {
  const page = await pdf.getPage(n);
  const { items } = await page.getTextContent();
  if (sizes) {
    pages.push(
      items
        .filter((item) => item.str && item.str.trim())
        .map((item) => ({
          str: item.str,
          size: Math.round(Math.hypot(item.transform[2], item.transform[3]) * 10) / 10,
        })),
    );
    continue;
  }
  const rows = new Map();
  for (const item of items) {
    if (!item.str || !item.str.trim()) continue;
    const [, , , , x, y] = item.transform;
    const key = Math.round(y);
    const row = rows.get(key) ?? [];
    row.push({ x, end: x + item.width, str: item.str });
    rows.set(key, row);
  }
  const lines = [...rows.entries()]
    .sort((a, b) => b[0] - a[0])
    .map(([, row]) => {
      row.sort((a, b) => a.x - b.x);
      // A gap wider than a few points starts a new cell (a page number, the second column).
      const cells = [];
      let last = null;
      for (const part of row) {
        if (last && part.x - last.end < 4) cells[cells.length - 1] += part.str;
        else cells.push(part.str);
        last = part;
      }
      return cells.map((c) => c.trim());
    });
  pages.push(lines);
}
process.stdout.write(JSON.stringify(pages));
