import PDFDocument from 'pdfkit';
import { FONT_BOLD, FONT_REGULAR } from '@tsunagu/databook/api';

export type Doc = PDFKit.PDFDocument;

export const MM = 72 / 25.4;
export const PAGE = { width: 595.28, height: 841.89 };
export const MARGIN = { top: 18 * MM, side: 18 * MM, bottom: 26 * MM };
export const CONTENT_WIDTH = PAGE.width - 2 * MARGIN.side;
export const INK = '#111111';
export const MUTED = '#444444';

/**
 * An A4 document with the house fonts (Noto Sans JP), not yet ended: the caller draws on it and
 * ends it, and whoever reads it (the HTTP response) receives each page as pdfkit finishes it.
 */
export function paperDocument(info: { title: string; author: string }, bottomMargin = MARGIN.bottom): Doc {
  const doc = new PDFDocument({
    size: 'A4',
    autoFirstPage: false,
    margins: { top: MARGIN.top, left: MARGIN.side, right: MARGIN.side, bottom: bottomMargin },
    info: { Title: info.title, Author: info.author, Creator: 'tsunagu' },
  });
  doc.registerFont('regular', FONT_REGULAR);
  doc.registerFont('bold', FONT_BOLD);
  return doc;
}
