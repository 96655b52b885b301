import type { PaperBlock, PaperContent, PaperLine } from './paper-content';
import { CONTENT_WIDTH, type Doc, INK, MARGIN, MM, MUTED, PAGE } from './paper-document';

/** Type sizes for readers in their 70s reading on paper: the body never under 14 pt. */
export const SIZES = { from: 14, title: 24, heading: 18, body: 14, footer: 14 } as const;
const LINE_GAP = 4;
const INDENT = 7 * MM;
const BOX_PAD = 3 * MM;
const BLOCK_GAP = 5 * MM;

const bottomOf = (doc: Doc) => PAGE.height - doc.page.margins.bottom;

/**
 * Draws a paper: its header on the first page, then the blocks, flowing over as many pages as
 * needed; a block that fits on one page is never cut (it moves to the next page whole), and
 * every page carries the footer (whom to call) and its number.
 */
export function drawPaper(doc: Doc, content: PaperContent): void {
  let pageNumber = 0;
  const footer = () => {
    pageNumber += 1;
    drawFooter(doc, content.footer, pageNumber);
  };
  doc.on('pageAdded', footer);
  doc.addPage();
  drawHeader(doc, content);
  for (const block of content.blocks) drawBlock(doc, block);
  doc.removeListener('pageAdded', footer);
}

function drawHeader(doc: Doc, content: PaperContent): void {
  const x = MARGIN.side;
  doc.font('regular').fontSize(SIZES.from).fillColor(MUTED);
  doc.text(content.printedOn, x, MARGIN.top, { width: CONTENT_WIDTH, align: 'right' });
  doc.text(content.from, x, MARGIN.top, { width: CONTENT_WIDTH * 0.7 });
  doc.moveDown(0.4);
  doc.font('bold').fontSize(SIZES.title).fillColor(INK).text(content.title, x, doc.y, { width: CONTENT_WIDTH });
  if (content.intro) {
    doc.moveDown(0.3);
    doc.font('regular').fontSize(SIZES.body).text(content.intro, x, doc.y, { width: CONTENT_WIDTH, lineGap: LINE_GAP });
  }
  doc.y += BLOCK_GAP;
}

function lineWidth(line: PaperLine, boxed: boolean): number {
  return CONTENT_WIDTH - (line.indent ? INDENT : 0) - (boxed ? 2 * BOX_PAD : 0);
}

function lineHeight(doc: Doc, line: PaperLine, boxed: boolean): number {
  doc.font(line.strong ? 'bold' : 'regular').fontSize(SIZES.body);
  return doc.heightOfString(line.text, { width: lineWidth(line, boxed), lineGap: LINE_GAP });
}

function blockHeight(doc: Doc, block: PaperBlock): number {
  const boxed = !!block.boxed;
  let height = boxed ? 2 * BOX_PAD : 0;
  if (block.heading) {
    doc.font('bold').fontSize(SIZES.heading);
    const width = CONTENT_WIDTH - (boxed ? 2 * BOX_PAD : 0);
    height += doc.heightOfString(block.heading, { width, lineGap: 2 }) + 1.5 * MM;
  }
  for (const line of block.lines) height += lineHeight(doc, line, boxed);
  return height;
}

function drawBlock(doc: Doc, block: PaperBlock): void {
  const height = blockHeight(doc, block);
  const usable = bottomOf(doc) - doc.page.margins.top;
  if (doc.y + height > bottomOf(doc) && height <= usable) doc.addPage();
  const boxed = !!block.boxed;
  const top = doc.y;
  if (boxed) doc.y += BOX_PAD;
  if (block.heading) {
    const pad = boxed ? BOX_PAD : 0;
    doc.font('bold').fontSize(SIZES.heading).fillColor(INK);
    doc.text(block.heading, MARGIN.side + pad, doc.y, { width: CONTENT_WIDTH - 2 * pad, lineGap: 2 });
    doc.y += 1.5 * MM;
  }
  for (const line of block.lines) {
    // A block taller than a page flows, but never splits a line of its own.
    if (doc.y + lineHeight(doc, line, boxed) > bottomOf(doc)) doc.addPage();
    const x = MARGIN.side + (line.indent ? INDENT : 0) + (boxed ? BOX_PAD : 0);
    doc
      .font(line.strong ? 'bold' : 'regular')
      .fontSize(SIZES.body)
      .fillColor(INK);
    doc.text(line.text, x, doc.y, { width: lineWidth(line, boxed), lineGap: LINE_GAP });
  }
  if (boxed) {
    doc.y += BOX_PAD;
    doc
      .save()
      .lineWidth(1.5)
      .strokeColor(INK)
      .rect(MARGIN.side, top, CONTENT_WIDTH, doc.y - top)
      .stroke()
      .restore();
  }
  doc.y += BLOCK_GAP;
}

/** In the bottom margin: pdfkit would start a new page for text there, so the margin is lifted while drawing. */
function drawFooter(doc: Doc, text: string, pageNumber: number): void {
  const { bottom } = doc.page.margins;
  doc.page.margins.bottom = 0;
  const y = PAGE.height - bottom + 4 * MM;
  doc
    .save()
    .lineWidth(0.5)
    .strokeColor(MUTED)
    .moveTo(MARGIN.side, y - 2 * MM)
    .lineTo(PAGE.width - MARGIN.side, y - 2 * MM)
    .stroke()
    .restore();
  doc.font('regular').fontSize(SIZES.footer).fillColor(MUTED);
  doc.text(text, MARGIN.side, y, { width: CONTENT_WIDTH - 20 * MM, lineGap: 1 });
  doc.text(`${pageNumber}ページ`, PAGE.width - MARGIN.side - 20 * MM, y, { width: 20 * MM, align: 'right' });
  doc.page.margins.bottom = bottom;
  doc.x = MARGIN.side;
  doc.y = doc.page.margins.top;
}
