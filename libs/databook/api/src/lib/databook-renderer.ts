import { createWriteStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { setImmediate as nextTurn } from 'node:timers/promises';
import PDFDocument from 'pdfkit';
import { drawEntry } from './databook-entry.drawing';
import { drawContents, drawCover, drawGuide } from './databook-front-matter.drawing';
import { GAP, INDEX_LINE, INK, MARGIN, MUTED, ACCENT, geometryFor, planFor } from './databook-geometry';
import { heading, indexLine } from './databook-lines.drawing';
import type { BookEntry, BookStory, DataBookOptions } from './databook-options';
import { drawStory } from './databook-story.drawing';
import { type BookPlan, CONTENTS_PAGE, GUIDE_PAGE, isNpoEntry } from './databook-plan';

export { geometryFor, planFor } from './databook-geometry';
export { drawEntry, fitText } from './databook-entry.drawing';

// Noto Sans JP from an npm package: embedded as a subset (only the glyphs used), text stays text.
// Exported for the other printed things (invitation letters), which register them under the same names.
export const FONT_REGULAR = require.resolve('@expo-google-fonts/noto-sans-jp/400Regular/NotoSansJP_400Regular.ttf');
export const FONT_BOLD = require.resolve('@expo-google-fonts/noto-sans-jp/700Bold/NotoSansJP_700Bold.ttf');

export interface RenderResult {
  readonly pages: number;
  readonly bytes: number;
  readonly plan: BookPlan;
}

/**
 * Draws the book page by page into a file. pdfkit writes each finished page out (no page
 * buffering), so memory stays flat however many NPOs the book holds.
 */
export async function renderDataBook(
  entries: readonly BookEntry[],
  options: DataBookOptions,
  outFile: string,
  onProgress?: (share: number) => void,
  stories: readonly BookStory[] = [],
): Promise<RenderResult> {
  const size = options.pageSize ?? 'A4';
  const g = geometryFor(size);
  const plan = planFor(entries, options, stories.length);
  const title = options.title ?? '北九州市 NPOデータブック';
  const issuer = options.issuer ?? '北九州市 地域・人づくり部';
  const doc = new PDFDocument({
    size,
    margin: MARGIN,
    autoFirstPage: false,
    info: { Title: `${title} ${options.editionYear}`, Author: issuer, Subject: 'NPO法人の紹介', Creator: 'tsunagu' },
  });
  // Contact details of NPOs: the file is its owner's alone, whatever the umask (0600).
  const out = createWriteStream(outFile, { mode: 0o600 });
  const finished = new Promise<void>((resolve, reject) => {
    out.on('finish', resolve);
    out.on('error', reject);
    doc.on('error', reject);
  });
  doc.pipe(out);
  doc.registerFont('regular', FONT_REGULAR);
  doc.registerFont('bold', FONT_BOLD);

  let page = 0;
  // The contents and indexes print planned page numbers: drawing must land exactly there.
  const expectPage = (expected: number | undefined, what: string) => {
    if (page !== expected) throw new Error(`${what} is on page ${page}, planned for ${expected}`);
  };
  // Every page pdfkit adds is counted, so an unplanned page break cannot go unnoticed.
  doc.on('pageAdded', () => (page += 1));
  const newPage = (running: string | null) => {
    // A small bottom margin: the footer sits below the content area, and pdfkit must never
    // break a page by itself (everything is placed and fitted explicitly).
    doc.addPage({ size, margins: { top: MARGIN, left: MARGIN, right: MARGIN, bottom: 6 } });
    if (running)
      doc
        .font('regular')
        .fontSize(8)
        .fillColor(MUTED)
        .text(running, MARGIN, MARGIN, { width: g.contentWidth, lineBreak: false });
    if (page > 1) {
      doc
        .font('regular')
        .fontSize(9)
        .fillColor(MUTED)
        .text(`— ${page} —`, MARGIN, g.height - MARGIN - 12, {
          width: g.contentWidth,
          align: 'center',
          lineBreak: false,
        });
    }
    doc.fillColor(INK);
    onProgress?.(page / plan.totalPages);
  };

  newPage(null);
  const npos = entries.filter(isNpoEntry).length;
  drawCover(doc, g, { title, issuer, size, editionYear: options.editionYear, npos, others: entries.length - npos });

  newPage(title);
  expectPage(GUIDE_PAGE, 'the guide');
  drawGuide(doc, g, options.groupBy, entries.length > npos);

  newPage(title);
  expectPage(CONTENTS_PAGE, 'the contents');
  drawContents(doc, g, plan);

  // Entries, section by section, each section from a new page
  for (const section of plan.sections) {
    for (let i = 0; i < section.entries.length; i++) {
      const slot = i % g.entriesPerPage;
      if (slot === 0) {
        // Drawing is synchronous: let the event loop run between pages, so the finished page is
        // written out, the API keeps answering and the job's heartbeat gets through.
        await nextTurn();
        newPage(`${title}　｜　${section.title}`);
        expectPage(plan.pageOf.get(section.entries[i].id), section.entries[i].name);
        if (i === 0) {
          // The section's name sits in the running header band, drawn larger on its first page.
          doc
            .font('bold')
            .fontSize(11)
            .fillColor(ACCENT)
            .text(`■ ${section.title}`, MARGIN, MARGIN + 9, { width: g.contentWidth, lineBreak: false });
          doc.fillColor(INK);
        }
      }
      drawEntry(
        doc,
        section.entries[i],
        MARGIN,
        g.contentTop + slot * (g.slotHeight + GAP),
        g.contentWidth,
        g.slotHeight,
      );
    }
  }

  // Good examples, after every helper: the same boxes, one fewer to a page
  if (plan.stories) {
    const { perPage, firstPage, title: storiesTitle } = plan.stories;
    const slotHeight = (g.contentHeight - GAP * (perPage - 1)) / perPage;
    for (let i = 0; i < stories.length; i++) {
      const slot = i % perPage;
      if (slot === 0) {
        await nextTurn();
        newPage(`${title}　｜　${storiesTitle}`);
        expectPage(firstPage + i / perPage, storiesTitle);
        if (i === 0)
          doc
            .font('bold')
            .fontSize(11)
            .fillColor(ACCENT)
            .text(`■ ${storiesTitle}`, MARGIN, MARGIN + 9, { width: g.contentWidth, lineBreak: false });
        doc.fillColor(INK);
      }
      drawStory(doc, stories[i], MARGIN, g.contentTop + slot * (slotHeight + GAP), g.contentWidth, slotHeight);
    }
  }

  // Indexes, two columns
  for (const index of plan.indexes) {
    const perPage = g.indexLinesPerColumn * 2;
    for (let p = 0; p < index.pages; p++) {
      await nextTurn();
      newPage(`${title}　｜　${index.title}`);
      if (p === 0) expectPage(index.firstPage, index.title);
      heading(doc, p === 0 ? index.title : `${index.title}（つづき）`, g);
      const top = doc.y;
      const lines = index.lines.slice(p * perPage, (p + 1) * perPage);
      const columnWidth = (g.contentWidth - 16) / 2;
      lines.forEach((line, i) => {
        const column = Math.floor(i / g.indexLinesPerColumn);
        const x = MARGIN + column * (columnWidth + 16);
        const y = top + (i % g.indexLinesPerColumn) * INDEX_LINE;
        indexLine(doc, line, x, y, columnWidth);
      });
    }
  }

  expectPage(plan.totalPages, 'the last page');
  doc.end();
  await finished;
  return { pages: page, bytes: (await stat(outFile)).size, plan };
}
