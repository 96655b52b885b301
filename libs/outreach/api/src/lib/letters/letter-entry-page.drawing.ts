import { drawEntry } from '@tsunagu/databook/api';
import { ENTRY_HEADING, type LetterContent, entryIntro, entrySteps } from './letter-content';
import { BODY_GAP, BODY_SIZE, CONTENT_WIDTH, INK, MARGIN_X, MM } from './letter-geometry';

/** About the data book's own slot on A4 (80 mm): the entry looks as it will in print. */
const ENTRY_HEIGHT = 80 * MM;

/**
 * The letter's second page (掲載内容のご確認): the NPO's entry drawn exactly as the data book
 * prints it, and how to confirm or correct it online once the NPO has claimed its page.
 */
export function drawEntryPage(doc: PDFKit.PDFDocument, letter: LetterContent): void {
  if (!letter.entry) return;
  let y = 20 * MM;
  doc.font('bold').fontSize(16).fillColor(INK).text(ENTRY_HEADING, MARGIN_X, y, { width: CONTENT_WIDTH });
  y = doc.y + 3 * MM;
  doc
    .font('regular')
    .fontSize(BODY_SIZE)
    .text(entryIntro(letter), MARGIN_X, y, { width: CONTENT_WIDTH, lineGap: BODY_GAP });
  y = doc.y + 4 * MM;
  drawEntry(doc, letter.entry, MARGIN_X, y, CONTENT_WIDTH, ENTRY_HEIGHT);
  y += ENTRY_HEIGHT + 6 * MM;
  const [heading, ...steps] = entrySteps(letter).split('\n');
  doc.font('bold').fontSize(12).fillColor(INK).text(heading, MARGIN_X, y, { width: CONTENT_WIDTH });
  doc
    .font('regular')
    .fontSize(BODY_SIZE)
    .text(steps.join('\n'), MARGIN_X, doc.y + 2 * MM, { width: CONTENT_WIDTH, lineGap: BODY_GAP + 2 });
}
