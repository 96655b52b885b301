import { drawQr } from './qr.drawing';
import { ACTIVITY_FIELDS, HELP_KINDS } from '@tsunagu/shared/util';
import { INK, MUTED } from './databook-geometry';
import { type BookEntry, OTHER_HELPER_KIND_JA } from './databook-options';

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

/** One NPO in its slot: name, reading, facts, fields, QR code, what it does, its help and contact. */
export function drawEntry(
  doc: PDFKit.PDFDocument,
  e: BookEntry,
  x: number,
  y: number,
  width: number,
  height: number,
): void {
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
  const otherKind = e.kind ? OTHER_HELPER_KIND_JA[e.kind] : undefined;
  const facts = [
    `所在地：${[e.ward, e.address?.replace(/^(福岡県)?北九州市\S*?区/, '')].filter(Boolean).join('　') || '—'}`,
    // A helper that is no NPO has no register record: what kind it is instead of the register's facts.
    otherKind
      ? `種類：${otherKind}`
      : `代表者：${e.representative ?? '—'}　設立：${e.establishedOn ? `${e.establishedOn.slice(0, 4)}年` : '—'}`,
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
    .text(
      e.descriptionIsOwn
        ? '活動内容（団体の紹介文）'
        : otherKind
          ? '活動内容（できること）'
          : '活動内容（届け出の目的）',
      innerX,
      bodyTop,
      {
        width: width - 2 * pad,
      },
    );
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
