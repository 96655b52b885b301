/** Millimetres to PDF points (1/72 inch). */
export const MM = 72 / 25.4;

export const PAGE = { width: 210 * MM, height: 297 * MM } as const;
export const MARGIN_X = 20 * MM;
export const CONTENT_WIDTH = PAGE.width - 2 * MARGIN_X;
export const BOTTOM = PAGE.height - 10 * MM;

/**
 * The addressee block, for a 長形3号 window envelope (120 × 235 mm, window 90 × 45 mm): the A4
 * sheet is folded in three (at 99 mm and 198 mm), the top panel facing the window, which then
 * shows the sheet's area from 20 to 110 mm from the left and 45 to 90 mm from the top. The text
 * keeps 4 mm inside it on every side, as the sheet moves a little in the envelope: it starts
 * 24 mm from the left and 49 mm from the top, is 82 mm wide and ends by 86 mm from the top.
 */
export const WINDOW_BLOCK = { x: 24 * MM, y: 49 * MM, width: 82 * MM, height: 37 * MM } as const;

/** Where the sheet is folded (small marks on the left edge help whoever folds it). */
export const FOLDS = [99 * MM, 198 * MM] as const;

/** The date and the sender: right of the window, hidden by the envelope, read once it is open. */
export const SENDER_BLOCK = { x: 118 * MM, y: 49 * MM, width: 72 * MM } as const;

/** The letter itself starts below the first fold. */
export const BODY_TOP = 101 * MM;

export const INK = '#1a1a1a';
export const MUTED = '#555555';
export const ACCENT = '#0b5cad';

/** Body text: at least 11 pt (the product's readers are often elderly). */
export const BODY_SIZE = 11;
export const BODY_GAP = 2.5;
/** 28 mm: about 6 dots a module at 150 dpi, easily read by a phone. */
export const QR_SIZE = 28 * MM;
