import type { BookEntry, DataBookOptions } from './databook-options';
import { type BookPlan, planBook } from './databook-plan';

/** Page sizes, margins and colours of the printed book (points: 1/72 inch). */
const MM = 72 / 25.4;
const SIZES = { A4: [595.28, 841.89], A5: [419.53, 595.28] } as const;
export const MARGIN = 15 * MM;
const HEADER = 22;
const FOOTER = 22;
export const GAP = 8;
export const INK = '#1a1a1a';
export const MUTED = '#555555';
export const ACCENT = '#0b5cad';

export interface Geometry {
  readonly width: number;
  readonly height: number;
  readonly contentWidth: number;
  readonly contentTop: number;
  readonly contentHeight: number;
  readonly entriesPerPage: number;
  readonly slotHeight: number;
  readonly indexLinesPerColumn: number;
}

export const INDEX_LINE = 14;

export function geometryFor(pageSize: 'A4' | 'A5'): Geometry {
  const [width, height] = SIZES[pageSize];
  const contentTop = MARGIN + HEADER;
  const contentHeight = height - 2 * MARGIN - HEADER - FOOTER;
  const entriesPerPage = pageSize === 'A4' ? 3 : 2;
  return {
    width,
    height,
    contentWidth: width - 2 * MARGIN,
    contentTop,
    contentHeight,
    entriesPerPage,
    slotHeight: (contentHeight - GAP * (entriesPerPage - 1)) / entriesPerPage,
    indexLinesPerColumn: Math.floor((contentHeight - 30) / INDEX_LINE),
  };
}

/** The page plan of a book on its page size (the preview and the renderer share it). */
export function planFor(entries: readonly BookEntry[], options: DataBookOptions, storyCount = 0): BookPlan {
  const g = geometryFor(options.pageSize ?? 'A4');
  return planBook(
    entries,
    options.groupBy,
    { entriesPerPage: g.entriesPerPage, indexLinesPerPage: g.indexLinesPerColumn * 2 },
    storyCount,
  );
}
