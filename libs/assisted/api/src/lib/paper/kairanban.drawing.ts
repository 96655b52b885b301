import { drawQr } from '@tsunagu/databook/api';
import type { KairanbanContent } from './kairanban-content';
import { CONTENT_WIDTH, type Doc, INK, MARGIN, MM, MUTED, PAGE } from './paper-document';

const SIZES = {
  from: 16,
  title: 24,
  lead: 15,
  need: 15,
  more: 16,
  contact: 15,
  date: 14,
  storyHeading: 15,
  story: 14,
} as const;
const NEED_GAP = 3;
/** Each need gets two lines of the list, at most; longer titles end in 「…」. */
const SLOT_HEIGHT = 2 * (SIZES.need * 1.45 + NEED_GAP) + 3 * MM;
const LIST_TOP = MARGIN.top + 46 * MM;
const QR_SIZE = 36 * MM;
const FOOT_TOP = PAGE.height - MARGIN.top - QR_SIZE;
/** The good example's box: its heading and two lines of text, above the footer's rule. */
const STORY_HEIGHT = SIZES.storyHeading * 1.45 + 2 * (SIZES.story * 1.45 + 3) + 6 * MM;
const STORY_TOP = FOOT_TOP - 6 * MM - STORY_HEIGHT;

/** How many lines of needs the one page holds (the last may be 「ほか○件」), with or without a good example. */
export function kairanbanSlots(withStory: boolean): number {
  return Math.floor(((withStory ? STORY_TOP : FOOT_TOP - 6 * MM) - LIST_TOP) / SLOT_HEIGHT);
}
export const KAIRANBAN_SLOTS = kairanbanSlots(false);

/** The 回覧板 insert: always exactly one page, every position fixed, nothing left to pdfkit's flow. */
export function drawKairanban(doc: Doc, content: KairanbanContent): void {
  doc.addPage({ size: 'A4', margins: { top: MARGIN.top, left: MARGIN.side, right: MARGIN.side, bottom: 0 } });
  const x = MARGIN.side;
  doc.font('regular').fontSize(SIZES.date).fillColor(MUTED);
  doc.text(content.printedOn, x, MARGIN.top, { width: CONTENT_WIDTH, align: 'right' });
  doc
    .font('bold')
    .fontSize(SIZES.from)
    .fillColor(INK)
    .text(content.from, x, MARGIN.top, { width: CONTENT_WIDTH * 0.7 });
  doc
    .font('bold')
    .fontSize(SIZES.title)
    .text(content.title, x, MARGIN.top + 12 * MM, { width: CONTENT_WIDTH });
  doc
    .font('regular')
    .fontSize(SIZES.lead)
    .text(content.lead, x, MARGIN.top + 25 * MM, { width: CONTENT_WIDTH, lineGap: 3 });

  let y = LIST_TOP;
  for (const need of content.needs) {
    doc
      .font('bold')
      .fontSize(SIZES.need)
      .text('●', x, y, { width: 6 * MM });
    doc.font('regular').fontSize(SIZES.need);
    doc.text(need, x + 6 * MM, y, {
      width: CONTENT_WIDTH - 6 * MM,
      lineGap: NEED_GAP,
      height: SLOT_HEIGHT - 3 * MM,
      ellipsis: '…',
    });
    y += SLOT_HEIGHT;
  }
  if (content.more)
    doc
      .font('bold')
      .fontSize(SIZES.more)
      .text(content.more, x + 6 * MM, y, { width: CONTENT_WIDTH });

  if (content.story) {
    doc
      .font('bold')
      .fontSize(SIZES.storyHeading)
      .fillColor(INK)
      .text(`◆ ${content.story.heading}`, x, STORY_TOP, { width: CONTENT_WIDTH });
    doc
      .font('regular')
      .fontSize(SIZES.story)
      .text(content.story.text, x + 6 * MM, STORY_TOP + SIZES.storyHeading * 1.45 + 2 * MM, {
        width: CONTENT_WIDTH - 6 * MM,
        lineGap: 3,
        height: 2 * (SIZES.story * 1.45 + 3),
        ellipsis: '…',
      });
  }

  doc
    .save()
    .lineWidth(1)
    .strokeColor(INK)
    .moveTo(x, FOOT_TOP - 4 * MM)
    .lineTo(PAGE.width - x, FOOT_TOP - 4 * MM)
    .stroke()
    .restore();
  drawQr(doc, content.qrUrl, x, FOOT_TOP, QR_SIZE);
  const textX = x + QR_SIZE + 6 * MM;
  const textWidth = CONTENT_WIDTH - QR_SIZE - 6 * MM;
  doc.font('regular').fontSize(SIZES.contact).fillColor(INK);
  doc.text(content.qrCaption, textX, FOOT_TOP, { width: textWidth, lineGap: 3 });
  doc.moveDown(0.5);
  doc.font('bold').text(content.contact, textX, doc.y, { width: textWidth, lineGap: 3 });
}
