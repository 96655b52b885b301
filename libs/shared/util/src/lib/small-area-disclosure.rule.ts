/**
 * What the public may see of figures per area (ward, 校区), as statistics offices publish:
 * an area whose figures come from fewer than MIN_GROUPS_PER_AREA groups would let a reader
 * point at one group, so such areas are merged into one 「その他」 row. If that row is itself
 * made of fewer than MIN_GROUPS_PER_AREA groups, it is dropped (its figures stay in the city's
 * total only). Staff see every area as it is.
 */
export const MIN_GROUPS_PER_AREA = 3;

/** The row the small areas are merged into (its label is the reader's language's 「その他」). */
export const MERGED_AREA = 'OTHER_AREAS';

export interface AreaFigures<T> {
  area: string;
  /** the distinct groups whose needs make up this area's figures */
  groupIds: ReadonlySet<string>;
  figures: T;
}

/**
 * Rows the public may see: areas of MIN_GROUPS_PER_AREA groups or more as they are, the rest
 * merged with `add` into MERGED_AREA (or left out when even merged they are too few).
 */
export function discloseSmallAreas<T>(
  rows: readonly AreaFigures<T>[],
  add: (a: T, b: T) => T,
): Array<{ area: string; groupCount: number; figures: T }> {
  const shown: Array<{ area: string; groupCount: number; figures: T }> = [];
  const mergedGroups = new Set<string>();
  let merged: T | null = null;
  for (const row of rows) {
    if (row.groupIds.size >= MIN_GROUPS_PER_AREA) {
      shown.push({ area: row.area, groupCount: row.groupIds.size, figures: row.figures });
    } else if (row.groupIds.size > 0) {
      row.groupIds.forEach((id) => mergedGroups.add(id));
      merged = merged === null ? row.figures : add(merged, row.figures);
    }
  }
  if (merged !== null && mergedGroups.size >= MIN_GROUPS_PER_AREA) {
    shown.push({ area: MERGED_AREA, groupCount: mergedGroups.size, figures: merged });
  }
  return shown;
}
