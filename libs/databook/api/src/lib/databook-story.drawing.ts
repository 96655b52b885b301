import { fitText } from './databook-entry.drawing';
import { INK, MUTED } from './databook-geometry';
import type { BookStory } from './databook-options';
import { drawQr } from './qr.drawing';

/** One good example in its slot: title, who did it, each side's words (cut at a sentence), a QR to its page. */
export function drawStory(
  doc: PDFKit.PDFDocument,
  s: BookStory,
  x: number,
  y: number,
  width: number,
  height: number,
): void {
  const pad = 10;
  const qrSize = 58;
  doc.save().roundedRect(x, y, width, height, 6).lineWidth(0.8).strokeColor('#8a8a8a').stroke().restore();
  drawQr(doc, s.pageUrl, x + width - pad - qrSize, y + pad, qrSize);
  const innerX = x + pad;
  const headWidth = width - 2 * pad - qrSize - 8;
  let cy = y + pad;
  doc.font('bold').fontSize(13).fillColor(INK);
  const title = fitText(doc, s.title, headWidth, 36);
  doc.text(title, innerX, cy, { width: headWidth, lineGap: 1.5 });
  cy = doc.y + 4;
  doc.font('regular').fontSize(10).fillColor(MUTED);
  doc.text(fitText(doc, s.byline, headWidth, 28), innerX, cy, { width: headWidth, lineGap: 1.5 });
  cy = Math.max(doc.y, y + pad + qrSize) + 8;
  const textWidth = width - 2 * pad;
  const sides = [
    { label: '地域の団体から', text: s.groupText },
    { label: 'お手伝いした側から', text: s.helperText },
  ].filter((side): side is { label: string; text: string } => !!side.text);
  const room = (y + height - pad - cy) / Math.max(sides.length, 1);
  for (const side of sides) {
    doc.font('bold').fontSize(10).fillColor(INK).text(side.label, innerX, cy, { width: textWidth });
    const top = doc.y + 2;
    doc.font('regular').fontSize(10);
    doc.text(fitText(doc, side.text, textWidth, room - 18), innerX, top, { width: textWidth, lineGap: 1.5 });
    cy = top + room - 14;
  }
}
