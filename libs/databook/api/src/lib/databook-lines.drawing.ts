import { ACCENT, type Geometry, INK, MARGIN } from './databook-geometry';
import type { IndexLine } from './databook-plan';

/** A page's heading at the top of the content area. */
export function heading(doc: PDFKit.PDFDocument, text: string, g: Geometry): void {
  doc.font('bold').fontSize(16).fillColor(INK).text(text, MARGIN, g.contentTop, { width: g.contentWidth });
  doc.moveDown(0.6);
}

/** A label, a dotted leader and its page number (the contents and the indexes). */
export function dottedLine(
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

/** One index line: a group's heading, or a name and its page. */
export function indexLine(doc: PDFKit.PDFDocument, line: IndexLine, x: number, y: number, width: number): void {
  if (line.heading) {
    doc.font('bold').fontSize(9.5).fillColor(ACCENT).text(line.heading, x, y, { width, lineBreak: false });
    doc.fillColor(INK);
    return;
  }
  dottedLine(doc, line.name ?? '', line.page ?? 0, x + 6, y, width - 6, 8.5);
}
