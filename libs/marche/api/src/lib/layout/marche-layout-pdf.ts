import PDFDocument from 'pdfkit';
import type { MarcheExhibitor, MarcheLayout } from './marche-layout.model';

const FONT_REGULAR = require.resolve('@expo-google-fonts/noto-sans-jp/400Regular/NotoSansJP_400Regular.ttf');
const FONT_BOLD = require.resolve('@expo-google-fonts/noto-sans-jp/700Bold/NotoSansJP_700Bold.ttf');
const MARGIN = 36;

const KIND_LABEL: Record<string, string> = { STAGE: 'ステージ', ENTRANCE: '入口', BLOCKED: '' };

/**
 * The venue map and the exhibitor list as a print-ready PDF (A4 landscape map, then the list),
 * for the flyers and the venue. Text stays text (Noto Sans JP subset).
 */
export async function renderMarchePdf(
  event: { name: string; eventDate: string; venue: string },
  layout: MarcheLayout,
  exhibitors: readonly MarcheExhibitor[],
): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    layout: 'landscape',
    margin: MARGIN,
    info: { Title: `${event.name} 会場図` },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  doc.registerFont('regular', FONT_REGULAR);
  doc.registerFont('bold', FONT_BOLD);

  const width = doc.page.width - 2 * MARGIN;
  doc.font('bold').fontSize(18).text(`${event.name}　会場図`, MARGIN, MARGIN);
  doc.font('regular').fontSize(11).text(`${event.eventDate}　${event.venue}`);
  const top = doc.y + 10;
  const height = doc.page.height - MARGIN - top - 10;
  const cell = Math.min(width / layout.cols, height / layout.rows);
  for (const c of layout.cells) {
    const x = MARGIN + c.col * cell;
    const y = top + c.row * cell;
    if (c.kind === 'BLOCKED') {
      doc.save().rect(x, y, cell, cell).fill('#d9d9d9').restore();
      continue;
    }
    doc.save().rect(x, y, cell, cell).lineWidth(0.8).strokeColor('#555555').stroke().restore();
    if (c.kind !== 'BOOTH') {
      doc
        .font('bold')
        .fontSize(10)
        .fillColor('#000000')
        .text(KIND_LABEL[c.kind] ?? c.kind, x + 3, y + cell / 2 - 6, { width: cell - 6, align: 'center' });
      continue;
    }
    doc
      .font('bold')
      .fontSize(11)
      .fillColor('#0b5cad')
      .text(String(c.number), x + 3, y + 3, { width: cell - 6, lineBreak: false });
    if (c.exhibitor) {
      doc
        .font('regular')
        .fontSize(Math.max(6, Math.min(9, cell / 8)))
        .fillColor('#000000')
        .text(c.exhibitor, x + 3, y + 18, {
          width: cell - 6,
          height: cell - 21,
          ellipsis: true,
        });
    }
  }

  doc.addPage({ size: 'A4', layout: 'portrait', margin: MARGIN });
  doc.font('bold').fontSize(16).fillColor('#000000').text(`${event.name}　出展者一覧`);
  doc.moveDown(0.5);
  for (const e of exhibitors) {
    const where = e.boothNumber ? `ブース ${e.boothNumber}` : e.stageTime ? `ステージ ${e.stageTime}` : e.boothTypeName;
    doc
      .font('bold')
      .fontSize(11)
      .text(`${where}　${e.npoName}`, { width: doc.page.width - 2 * MARGIN });
    doc
      .font('regular')
      .fontSize(9.5)
      .text(`${e.title}`, { width: doc.page.width - 2 * MARGIN });
    doc.moveDown(0.4);
  }
  doc.end();
  return done;
}
