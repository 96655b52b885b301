import { drawQr, fitText } from '@tsunagu/databook/api';
import {
  ANSWER_HEADING,
  ASKS_HEADING,
  type LetterAsk,
  type LetterContent,
  addressee,
  answerSteps,
  contactLine,
  corporateKind,
  expiryLine,
  ignoreLine,
  japaneseDate,
  letterIntro,
  letterTitle,
  moreAsksLine,
} from './letter-content';
import {
  ACCENT,
  BODY_GAP,
  BODY_SIZE,
  BODY_TOP,
  BOTTOM,
  CONTENT_WIDTH,
  FOLDS,
  INK,
  MARGIN_X,
  MM,
  MUTED,
  QR_SIZE,
  SENDER_BLOCK,
  WINDOW_BLOCK,
} from './letter-geometry';

type Doc = PDFKit.PDFDocument;
const body = (width: number) => ({ width, lineGap: BODY_GAP });
/** The claim number (番号) in a typewriter face: every character the same width (0, 1, I, L, O never occur). */
const CODE_FONT = 'Courier-Bold';
const CODE_SIZE = 26;
const BOX_PAD = 4.5 * MM;

/** The first page of one letter: addressee in the window, sender, why, who asks, how to answer. */
export function drawLetterPage(doc: Doc, letter: LetterContent): void {
  drawFoldMarks(doc);
  drawAddressee(doc, letter);
  drawSender(doc, letter);
  const answer = measureAnswer(doc, letter);
  const answerTop = BOTTOM - answer.contactHeight - 2 * MM - answer.boxHeight;

  let y = BODY_TOP;
  doc.font('bold').fontSize(13.5).fillColor(INK);
  const title = letterTitle(letter);
  doc.text(title, MARGIN_X, y, { width: CONTENT_WIDTH, lineGap: 1 });
  y = doc.y + 2 * MM;
  doc.font('regular').fontSize(BODY_SIZE).fillColor(INK).text(letterIntro(letter), MARGIN_X, y, body(CONTENT_WIDTH));
  y = doc.y + 2.5 * MM;
  if (letter.asks.length > 0) drawAsks(doc, letter, y, answerTop - 2 * MM);
  drawAnswer(doc, letter, answerTop, answer.boxHeight);
}

function drawFoldMarks(doc: Doc): void {
  doc.save().lineWidth(0.5).strokeColor('#999999');
  for (const y of FOLDS)
    doc
      .moveTo(4 * MM, y)
      .lineTo(9 * MM, y)
      .stroke();
  doc.restore();
}

/** 〒, registered address, the corporation's name and its representative, as large as the window allows. */
function drawAddressee(doc: Doc, letter: LetterContent): void {
  const { x, y, width, height } = WINDOW_BLOCK;
  const kind = corporateKind(letter.npoName);
  const lines = (size: number) => [
    { text: letter.postalCode ? `〒${letter.postalCode}` : '', font: 'regular', size },
    { text: letter.address ?? '（住所の登録がありません）', font: 'regular', size },
    { text: kind ?? '', font: 'regular', size: size - 1 },
    { text: letter.npoName, font: 'bold', size: size + 1 },
    { text: addressee(letter.representative), font: 'regular', size: size + 0.5 },
  ];
  const heightAt = (size: number) =>
    lines(size).reduce(
      (sum, l) => sum + (l.text ? doc.font(l.font).fontSize(l.size).heightOfString(l.text, { width }) + 1 : 0),
      0,
    );
  let size = 12;
  while (size > 8.5 && heightAt(size) > height) size -= 0.5;
  let cy = y;
  for (const line of lines(size)) {
    if (!line.text) continue;
    doc.font(line.font).fontSize(line.size).fillColor(INK).text(line.text, x, cy, { width });
    cy = doc.y + 1;
  }
}

function drawSender(doc: Doc, letter: LetterContent): void {
  const { x, y, width } = SENDER_BLOCK;
  doc.font('regular').fontSize(BODY_SIZE).fillColor(INK);
  doc.text(japaneseDate(letter.date), x, y, { width, align: 'right' });
  doc.text(letter.sender, x, doc.y + 2, { width, align: 'right' });
  doc
    .font('bold')
    .fontSize(9)
    .fillColor(ACCENT)
    .text('「つなぐ」地域とNPOをつなぐ仕組み', x, doc.y + 4, {
      width,
      align: 'right',
    });
  doc.fillColor(INK);
}

/** The groups that wait and what they ask, as many as fit above the answer box. */
function drawAsks(doc: Doc, letter: LetterContent, top: number, limit: number): void {
  doc.font('bold').fontSize(12).fillColor(ACCENT).text(`■ ${ASKS_HEADING}`, MARGIN_X, top, { width: CONTENT_WIDTH });
  let y = doc.y + 1 * MM;
  const indent = MARGIN_X + 4 * MM;
  const width = CONTENT_WIDTH - 4 * MM;
  const moreHeight = doc.font('regular').fontSize(BODY_SIZE).heightOfString(moreAsksLine(99), body(width)) + 2;
  let shown = 0;
  for (const ask of letter.asks) {
    const left = letter.asks.length - shown - 1 + letter.moreAsks;
    const needed = askHeight(doc, ask, width) + (left > 0 ? moreHeight : 0);
    if (y + needed > limit) break;
    y = drawAsk(doc, ask, indent, y, width) + 1 * MM;
    shown += 1;
  }
  const more = letter.asks.length - shown + letter.moreAsks;
  if (more > 0 && y + moreHeight <= limit + 2) {
    doc.font('regular').fontSize(BODY_SIZE).fillColor(INK).text(moreAsksLine(more), indent, y, body(width));
  }
}

const askLines = (ask: LetterAsk) => ({
  who: `● ${ask.groupName}（${ask.groupWard}）`,
  what: `「${ask.needTitle}」（${ask.needWard}）`,
});

function askHeight(doc: Doc, ask: LetterAsk, width: number): number {
  const { who, what } = askLines(ask);
  const summary = ask.needSummary ? summaryHeight(doc, ask.needSummary, width - 4 * MM) : 0;
  return (
    doc.font('bold').fontSize(BODY_SIZE).heightOfString(who, body(width)) +
    doc.font('regular').fontSize(BODY_SIZE).heightOfString(what, body(width)) +
    summary +
    2
  );
}

/** One line of the need's description: enough to see what it is; the rest is on the claim page. */
const SUMMARY_LINES = 1;
function summaryHeight(doc: Doc, text: string, width: number): number {
  doc.font('regular').fontSize(BODY_SIZE);
  return doc.heightOfString(fitSummary(doc, text, width), body(width));
}
function fitSummary(doc: Doc, text: string, width: number): string {
  const max = (BODY_SIZE * 1.45 + BODY_GAP) * SUMMARY_LINES;
  return fitText(doc.font('regular').fontSize(BODY_SIZE), text, width, max);
}

function drawAsk(doc: Doc, ask: LetterAsk, x: number, y: number, width: number): number {
  const { who, what } = askLines(ask);
  doc.font('bold').fontSize(BODY_SIZE).fillColor(INK).text(who, x, y, body(width));
  doc
    .font('regular')
    .fontSize(BODY_SIZE)
    .text(what, x + 4 * MM, doc.y, body(width - 4 * MM));
  if (ask.needSummary) {
    const summary = fitSummary(doc, ask.needSummary, width - 4 * MM);
    doc.fillColor(MUTED).text(summary, x + 4 * MM, doc.y, body(width - 4 * MM));
    doc.fillColor(INK);
  }
  return doc.y;
}

const answerTextWidth = () => CONTENT_WIDTH - 2 * BOX_PAD - QR_SIZE - 6 * MM;

function measureAnswer(doc: Doc, letter: LetterContent): { boxHeight: number; contactHeight: number } {
  const steps = answerSteps(letter);
  const w = answerTextWidth();
  const full = CONTENT_WIDTH - 2 * BOX_PAD;
  const stepsHeight =
    doc.font('regular').fontSize(BODY_SIZE).heightOfString(steps.open, body(w)) +
    doc.heightOfString(steps.enter, body(w)) +
    CODE_SIZE * 1.25 +
    doc.heightOfString(steps.after, body(w));
  // As drawAnswer places them: the expiry goes below the steps or the QR code, whichever ends lower.
  const inner =
    doc.font('bold').fontSize(12.5).heightOfString(ANSWER_HEADING, { width: full }) +
    2 * MM +
    Math.max(stepsHeight, QR_SIZE) +
    2 * MM +
    doc.font('bold').fontSize(BODY_SIZE).heightOfString(expiryLine(letter), body(full));
  const contactHeight =
    doc.font('regular').fontSize(BODY_SIZE).heightOfString(contactLine(letter), body(CONTENT_WIDTH)) +
    doc.heightOfString(ignoreLine, body(CONTENT_WIDTH)) +
    2;
  return { boxHeight: inner + 2 * BOX_PAD, contactHeight };
}

/** The box that says how to answer: the steps, the code large, the QR code, the expiry; the city's phone below. */
function drawAnswer(doc: Doc, letter: LetterContent, top: number, height: number): void {
  const steps = answerSteps(letter);
  const x = MARGIN_X + BOX_PAD;
  const w = answerTextWidth();
  const full = CONTENT_WIDTH - 2 * BOX_PAD;
  doc.save().roundedRect(MARGIN_X, top, CONTENT_WIDTH, height, 8).lineWidth(1.2).strokeColor(ACCENT).stroke().restore();
  doc
    .font('bold')
    .fontSize(12.5)
    .fillColor(ACCENT)
    .text(ANSWER_HEADING, x, top + BOX_PAD, { width: full });
  const stepsTop = doc.y + 2 * MM;
  drawQr(doc, letter.claimUrl, MARGIN_X + CONTENT_WIDTH - BOX_PAD - QR_SIZE, stepsTop, QR_SIZE);
  doc.font('regular').fontSize(BODY_SIZE).fillColor(INK).text(steps.open, x, stepsTop, body(w));
  doc.text(steps.enter, x, doc.y, body(w));
  const codeTop = doc.y + 1;
  doc
    .font(CODE_FONT)
    .fontSize(CODE_SIZE)
    .fillColor(INK)
    .text(letter.code, x + 6 * MM, codeTop, { lineBreak: false, characterSpacing: 3 });
  doc
    .font('regular')
    .fontSize(BODY_SIZE)
    .text(steps.after, x, codeTop + CODE_SIZE * 1.25, body(w));
  doc
    .font('bold')
    .fontSize(BODY_SIZE)
    .text(expiryLine(letter), x, Math.max(doc.y, stepsTop + QR_SIZE) + 2 * MM, body(full));
  doc
    .font('regular')
    .fontSize(BODY_SIZE)
    .fillColor(INK)
    .text(contactLine(letter), MARGIN_X, top + height + 2 * MM, body(CONTENT_WIDTH));
  doc.text(ignoreLine, MARGIN_X, doc.y, body(CONTENT_WIDTH));
}
