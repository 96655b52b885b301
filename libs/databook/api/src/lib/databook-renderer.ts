import { createWriteStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { setImmediate as nextTurn } from 'node:timers/promises';
import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';
import { ACTIVITY_FIELDS, HELP_KINDS } from '@tsunagu/shared/util';
import type { BookEntry, DataBookOptions } from './databook-options';
import { type BookPlan, CONTENTS_PAGE, GUIDE_PAGE, type IndexLine, planBook } from './databook-plan';

// Noto Sans JP from an npm package: embedded as a subset (only the glyphs used), text stays text.
const FONT_REGULAR = require.resolve('@expo-google-fonts/noto-sans-jp/400Regular/NotoSansJP_400Regular.ttf');
const FONT_BOLD = require.resolve('@expo-google-fonts/noto-sans-jp/700Bold/NotoSansJP_700Bold.ttf');

const MM = 72 / 25.4;
const SIZES = { A4: [595.28, 841.89], A5: [419.53, 595.28] } as const;
const MARGIN = 15 * MM;
const HEADER = 22;
const FOOTER = 22;
const GAP = 8;
const INK = '#1a1a1a';
const MUTED = '#555555';
const ACCENT = '#0b5cad';

interface Geometry {
  readonly width: number;
  readonly height: number;
  readonly contentWidth: number;
  readonly contentTop: number;
  readonly contentHeight: number;
  readonly entriesPerPage: number;
  readonly slotHeight: number;
  readonly indexLinesPerColumn: number;
}

const INDEX_LINE = 14;

export function geometryFor(pageSize: 'A4' | 'A5'): Geometry {
  const [width, height] = SIZES[pageSize];
  const contentTop = MARGIN + HEADER;
  const contentHeight = height - 2 * MARGIN - HEADER - FOOTER;
  const entriesPerPage = pageSize === 'A4' ? 3 : 2;
  return {
    width,
    height,
    contentWidth: width - 2 * MARGIN,
    contentTop,
    contentHeight,
    entriesPerPage,
    slotHeight: (contentHeight - GAP * (entriesPerPage - 1)) / entriesPerPage,
    indexLinesPerColumn: Math.floor((contentHeight - 30) / INDEX_LINE),
  };
}

/** The page plan of a book on its page size (the preview and the renderer share it). */
export function planFor(entries: readonly BookEntry[], options: DataBookOptions): BookPlan {
  const g = geometryFor(options.pageSize ?? 'A4');
  return planBook(entries, options.groupBy, {
    entriesPerPage: g.entriesPerPage,
    indexLinesPerPage: g.indexLinesPerColumn * 2,
  });
}

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
): Promise<RenderResult> {
  const size = options.pageSize ?? 'A4';
  const g = geometryFor(size);
  const plan = planFor(entries, options);
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

  // Cover
  newPage(null);
  doc
    .font('bold')
    .fontSize(size === 'A4' ? 30 : 22)
    .fillColor(ACCENT)
    .text(title, MARGIN, g.height * 0.3, { width: g.contentWidth, align: 'center' });
  doc
    .moveDown(0.5)
    .font('bold')
    .fontSize(18)
    .fillColor(INK)
    .text(`${options.editionYear}年版`, { width: g.contentWidth, align: 'center' });
  doc
    .moveDown(1)
    .font('regular')
    .fontSize(12)
    .text(`市内で活動する NPO法人 ${entries.length} 団体の紹介`, { width: g.contentWidth, align: 'center' });
  doc
    .font('regular')
    .fontSize(12)
    .text(`発行：${issuer}`, MARGIN, g.height * 0.8, { width: g.contentWidth, align: 'center' });

  // How to read this book
  newPage(title);
  expectPage(GUIDE_PAGE, 'the guide');
  heading(doc, 'この本の見かた', g);
  doc
    .font('regular')
    .fontSize(11)
    .text(
      [
        'この本は、北九州市に主な事務所がある NPO法人を、内閣府の公開データ（法人の届け出）をもとに紹介しています。',
        `団体は ${options.groupBy === 'field' ? '活動分野ごと' : '区ごと'} に、読みがなの順（50音順）にならんでいます。`,
        'ひとつの団体が いくつもの活動分野で活動しているときは、はじめの分野のページにのせ、ほかの分野は巻末の「さくいん」にのせています。',
        '「活動内容」は、団体が自分で書いた紹介文（印刷に同意したもの）か、届け出た「目的」です。長いものは、文の切れめで短くしています。',
        '「認定」のしるしは、寄付が税金の控除の対象になる 認定NPO法人・特例認定NPO法人です。',
        '四角いコード（QRコード）をスマートフォンで読むと、その団体のページが開きます。',
        `巻末には、${options.groupBy === 'field' ? '活動分野別さくいん、' : ''}区別さくいん、50音さくいんがあります。`,
      ].join('\n\n'),
      { width: g.contentWidth, lineGap: 4 },
    );

  // Contents
  newPage(title);
  expectPage(CONTENTS_PAGE, 'the contents');
  heading(doc, 'もくじ', g);
  const tocLines = [
    ...plan.sections.map((s) => ({ label: `${s.title}（${s.entries.length}団体）`, page: s.firstPage })),
    ...plan.indexes.map((i) => ({ label: i.title, page: i.firstPage })),
  ];
  const tocSize = Math.min(12, (g.contentHeight - 40) / tocLines.length / 1.6);
  for (const line of tocLines) dottedLine(doc, line.label, line.page, MARGIN, doc.y, g.contentWidth, tocSize);

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

function heading(doc: PDFKit.PDFDocument, text: string, g: Geometry): void {
  doc.font('bold').fontSize(16).fillColor(INK).text(text, MARGIN, g.contentTop, { width: g.contentWidth });
  doc.moveDown(0.6);
}

function dottedLine(
  doc: PDFKit.PDFDocument,
  label: string,
  page: number,
  x: number,
  y: number,
  width: number,
  size: number,
): void {
  doc.font('regular').fontSize(size).fillColor(INK);
  const pageText = String(page);
  const pageWidth = doc.widthOfString(pageText);
  doc.text(label, x, y, { width: width - pageWidth - 24, lineBreak: false, ellipsis: true });
  const labelEnd = x + Math.min(doc.widthOfString(label), width - pageWidth - 24) + 4;
  doc
    .save()
    .moveTo(labelEnd, y + size * 0.9)
    .lineTo(x + width - pageWidth - 4, y + size * 0.9)
    .dash(1, { space: 2 })
    .strokeColor('#999999')
    .stroke()
    .restore();
  doc.text(pageText, x + width - pageWidth, y, { lineBreak: false });
  doc.x = x;
  doc.y = y + size * 1.6;
}

function indexLine(doc: PDFKit.PDFDocument, line: IndexLine, x: number, y: number, width: number): void {
  if (line.heading) {
    doc.font('bold').fontSize(9.5).fillColor(ACCENT).text(line.heading, x, y, { width, lineBreak: false });
    doc.fillColor(INK);
    return;
  }
  dottedLine(doc, line.name ?? '', line.page ?? 0, x + 6, y, width - 6, 8.5);
}

/** Shortens a text at a sentence boundary (。) so that it fits the height; '…' when cut inside one. */
export function fitText(doc: PDFKit.PDFDocument, text: string, width: number, maxHeight: number): string {
  const options = { width, lineGap: 1.5 };
  if (doc.heightOfString(text, options) <= maxHeight) return text;
  const sentences = text.match(/[^。]+。?/g) ?? [text];
  let kept = '';
  for (const sentence of sentences) {
    if (doc.heightOfString(kept + sentence, options) > maxHeight) break;
    kept += sentence;
  }
  if (kept) return kept;
  let cut = sentences[0];
  while (cut.length > 1 && doc.heightOfString(`${cut}…`, options) > maxHeight)
    cut = cut.slice(0, Math.floor(cut.length * 0.9));
  return `${cut}…`;
}

function drawEntry(doc: PDFKit.PDFDocument, e: BookEntry, x: number, y: number, width: number, height: number): void {
  const pad = 8;
  const qrSize = 58;
  doc.save().roundedRect(x, y, width, height, 6).lineWidth(0.8).strokeColor('#8a8a8a').stroke().restore();
  drawQr(doc, e.pageUrl, x + width - pad - qrSize, y + pad, qrSize);
  const innerX = x + pad;
  const textWidth = width - 2 * pad - qrSize - 8;
  let cy = y + pad;
  doc.font('bold').fontSize(12.5).fillColor(INK);
  const name = fitText(doc, e.name, textWidth, 34);
  doc.text(name, innerX, cy, { width: textWidth });
  cy = doc.y;
  // The reading, unless the name is already all kana (it would say the same twice).
  if (e.nameKana && e.nameKana !== e.name) {
    doc
      .font('regular')
      .fontSize(7.5)
      .fillColor(MUTED)
      .text(e.nameKana, innerX, cy, { width: textWidth, lineBreak: false, ellipsis: true });
    cy = doc.y + 1;
  }
  if (e.certified) {
    doc.font('bold').fontSize(7.5);
    const label = '認定NPO法人';
    const w = doc.widthOfString(label) + 8;
    doc.save().roundedRect(innerX, cy, w, 12, 3).fill('#8a5a00').restore();
    doc.fillColor('#ffffff').text(label, innerX + 4, cy + 1.5, { lineBreak: false });
    cy += 15;
  }
  doc.font('regular').fontSize(8.5).fillColor(INK);
  const facts = [
    `所在地：${[e.ward, e.address?.replace(/^(福岡県)?北九州市\S*?区/, '')].filter(Boolean).join('　') || '—'}`,
    `代表者：${e.representative ?? '—'}　設立：${e.establishedOn ? `${e.establishedOn.slice(0, 4)}年` : '—'}`,
  ];
  for (const fact of facts) {
    doc.text(fact, innerX, cy, { width: textWidth, lineBreak: false, ellipsis: true });
    cy = doc.y + 1;
  }
  cy = Math.max(cy, y + pad + qrSize + 4);
  cy = drawFieldChips(doc, e.fields, innerX, cy + 2, width - 2 * pad) + 4;

  const tail: string[] = [];
  if (e.helpKinds.length) {
    tail.push(`できること：${e.helpKinds.map((k) => HELP_KINDS.find((h) => h.id === k)?.labelJa ?? k).join('、')}`);
  }
  if (e.contact) tail.push(`連絡先：${e.contact}`);
  doc.font('regular').fontSize(8.5);
  const tailHeight = tail.reduce((sum, t) => sum + doc.heightOfString(t, { width: width - 2 * pad }) + 2, 0);
  const bodyTop = cy;
  const bodyMax = y + height - pad - tailHeight - bodyTop - 12;
  doc
    .font('bold')
    .fontSize(8)
    .fillColor(MUTED)
    .text(e.descriptionIsOwn ? '活動内容（団体の紹介文）' : '活動内容（届け出の目的）', innerX, bodyTop, {
      width: width - 2 * pad,
    });
  doc.font('regular').fontSize(9).fillColor(INK);
  const body = fitText(doc, e.description, width - 2 * pad, Math.max(bodyMax, 12));
  doc.text(body, innerX, doc.y + 1, { width: width - 2 * pad, lineGap: 1.5 });
  let ty = y + height - pad - tailHeight;
  doc.font('regular').fontSize(8.5).fillColor(INK);
  for (const t of tail) {
    doc.text(t, innerX, ty, { width: width - 2 * pad });
    ty = doc.y + 2;
  }
}

const FIELD_COLORS = ['#0b5cad', '#1f7a4d', '#8a5a00', '#7a1f6e', '#a32020'];

/** Activity fields as labelled icons: a numbered disc and the field's short name. */
function drawFieldChips(
  doc: PDFKit.PDFDocument,
  fields: readonly number[],
  x: number,
  y: number,
  width: number,
): number {
  let cx = x;
  let cy = y;
  doc.font('regular').fontSize(7.5);
  for (const id of fields) {
    const label = ACTIVITY_FIELDS[id - 1]?.labelJa ?? String(id);
    const w = 14 + doc.widthOfString(label) + 8;
    if (cx + w > x + width) {
      cx = x;
      cy += 14;
    }
    doc
      .save()
      .circle(cx + 6, cy + 5.5, 5.5)
      .fill(FIELD_COLORS[id % FIELD_COLORS.length])
      .restore();
    doc
      .font('bold')
      .fontSize(6)
      .fillColor('#ffffff')
      .text(String(id), cx + 1, cy + 2.6, { width: 10, align: 'center', lineBreak: false });
    doc
      .font('regular')
      .fontSize(7.5)
      .fillColor(INK)
      .text(label, cx + 14, cy + 1, { lineBreak: false });
    cx += w;
  }
  return cy + 13;
}

/** A QR code drawn as vector squares (sharp in print, tiny in the file). */
function drawQr(doc: PDFKit.PDFDocument, url: string, x: number, y: number, size: number): void {
  const qr = QRCode.create(url, { errorCorrectionLevel: 'M' });
  const n = qr.modules.size;
  const cell = size / n;
  doc.save().fillColor('#000000');
  for (let r = 0; r < n; r++) {
    for (let c = 0; c < n; c++)
      if (qr.modules.get(r, c)) doc.rect(x + c * cell, y + r * cell, cell + 0.05, cell + 0.05);
  }
  doc.fill().restore();
}
