/** The venue as staff draw it: a grid with blocked cells, the stage and the entrance. */
export interface VenueLayout {
  readonly rows: number;
  readonly cols: number;
  readonly blocked: readonly string[];
  readonly stage: readonly string[];
  readonly entrance: readonly string[];
}

export type CellKind = 'BOOTH' | 'BLOCKED' | 'STAGE' | 'ENTRANCE';

export interface Cell {
  /** "row-col", 0-based */
  readonly id: string;
  readonly row: number;
  readonly col: number;
  readonly kind: CellKind;
  /** booth number shown on the map and the list (1, 2, …), booths only */
  readonly number: number | null;
}

export const cellId = (row: number, col: number) => `${row}-${col}`;

/** Every cell, booths numbered row by row from the top left. */
export function cellsOf(layout: VenueLayout): Cell[] {
  const kindOf = (id: string): CellKind =>
    layout.blocked.includes(id)
      ? 'BLOCKED'
      : layout.stage.includes(id)
        ? 'STAGE'
        : layout.entrance.includes(id)
          ? 'ENTRANCE'
          : 'BOOTH';
  let number = 0;
  const cells: Cell[] = [];
  for (let row = 0; row < layout.rows; row++) {
    for (let col = 0; col < layout.cols; col++) {
      const id = cellId(row, col);
      const kind = kindOf(id);
      cells.push({ id, row, col, kind, number: kind === 'BOOTH' ? ++number : null });
    }
  }
  return cells;
}

/**
 * Booths in walking order: row by row, turning at the end of each row (a snake), so booths
 * next in the order are next to each other on the floor.
 */
export function walkingOrder(layout: VenueLayout): Cell[] {
  const cells = cellsOf(layout).filter((c) => c.kind === 'BOOTH');
  return cells.sort((a, b) => a.row - b.row || (a.row % 2 === 0 ? a.col - b.col : b.col - a.col));
}

export interface Exhibitor {
  readonly applicationId: string;
  readonly fields: readonly number[];
  readonly name: string;
}

/**
 * Places exhibitors so that NPOs of related fields stand side by side: grouped by their first
 * activity field (then by their other fields, then by name), laid along the walking order of the
 * free booths. Returns application id → cell id; exhibitors beyond the free booths get none.
 */
export function autoAssign(
  layout: VenueLayout,
  exhibitors: readonly Exhibitor[],
  taken: ReadonlySet<string>,
): Map<string, string> {
  const free = walkingOrder(layout).filter((c) => !taken.has(c.id));
  const key = (e: Exhibitor) => [...e.fields].sort((a, b) => a - b);
  const ordered = [...exhibitors].sort((a, b) => {
    const fa = key(a);
    const fb = key(b);
    for (let i = 0; i < Math.max(fa.length, fb.length); i++) {
      const d = (fa[i] ?? 99) - (fb[i] ?? 99);
      if (d !== 0) return d;
    }
    return a.name.localeCompare(b.name, 'ja');
  });
  return new Map(ordered.slice(0, free.length).map((e, i) => [e.applicationId, free[i].id]));
}

/** Booth cell id → its number on the map (none without a map). */
export function boothNumbers(layout: VenueLayout | null): Map<string, number> {
  return new Map(layout ? cellsOf(layout).flatMap((c) => (c.number ? [[c.id, c.number] as const] : [])) : []);
}
