import { createWriteStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import PDFDocument from 'pdfkit';
import { FONT_BOLD, FONT_REGULAR } from '@tsunagu/databook/api';
import type { LetterContent } from './letter-content';
import { drawEntryPage } from './letter-entry-page.drawing';
import { MARGIN_X } from './letter-geometry';
import { drawLetterPage } from './letter-page.drawing';

/**
 * One PDF of letters, written as it is drawn (pdfkit streams each finished page out): a letter
 * is added as soon as its code is issued, so memory stays flat for a thousand letters.
 */
export class LetterPdf {
  private readonly doc: PDFKit.PDFDocument;
  private readonly finished: Promise<void>;
  private pages = 0;

  constructor(
    private readonly outFile: string,
    info: { title: string; author: string },
  ) {
    this.doc = new PDFDocument({
      size: 'A4',
      autoFirstPage: false,
      info: { Title: info.title, Author: info.author, Subject: '「つなぐ」へのご案内', Creator: 'tsunagu' },
    });
    // Live one-time codes: the file is its owner's alone, whatever the umask (0600).
    const out = createWriteStream(outFile, { mode: 0o600 });
    this.finished = new Promise<void>((resolve, reject) => {
      out.on('finish', resolve);
      out.on('error', reject);
      this.doc.on('error', reject);
    });
    this.doc.pipe(out);
    this.doc.registerFont('regular', FONT_REGULAR);
    this.doc.registerFont('bold', FONT_BOLD);
    // Every page pdfkit adds is counted, so a page break it made by itself cannot go unnoticed.
    this.doc.on('pageAdded', () => (this.pages += 1));
  }

  /** One letter: its first page, and the entry page when it carries the data-book entry. */
  add(letter: LetterContent): void {
    const before = this.pages;
    this.newPage();
    drawLetterPage(this.doc, letter);
    if (letter.entry) {
      this.newPage();
      drawEntryPage(this.doc, letter);
    }
    const expected = letter.entry ? 2 : 1;
    if (this.pages - before !== expected)
      throw new Error(`the letter to ${letter.npoName} took ${this.pages - before} pages, not ${expected}`);
  }

  async close(): Promise<{ pages: number; bytes: number }> {
    this.doc.end();
    await this.finished;
    return { pages: this.pages, bytes: (await stat(this.outFile)).size };
  }

  /** A run that failed: the file is closed (it is never served; a retry draws it anew). */
  async discard(): Promise<void> {
    this.doc.end();
    await this.finished.catch(() => undefined);
  }

  private newPage(): void {
    // A tiny bottom margin: everything is placed explicitly, pdfkit must never break a page itself.
    this.doc.addPage({ size: 'A4', margins: { top: 20, left: MARGIN_X, right: MARGIN_X, bottom: 4 } });
  }
}
