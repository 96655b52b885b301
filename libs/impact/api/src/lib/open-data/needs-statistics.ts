import { type NeedFact, outcomeOf } from '@tsunagu/needs/api';
import { ACTIVITY_FIELDS, KITAKYUSHU_WARDS, MERGED_AREA, discloseSmallAreas, todayInJapan } from '@tsunagu/shared/util';
import { MERGED_WARD_JA, NO_FIELD_JA, type OpenDataRecord } from './open-data-schema';

interface Counts {
  published: number;
  withOffer: number;
  matched: number;
  done: number;
}

/** month|field → counts, within one ward */
type Cells = Map<string, Counts>;

const addCounts = (a: Counts, b: Counts): Counts => ({
  published: a.published + b.published,
  withOffer: a.withOffer + b.withOffer,
  matched: a.matched + b.matched,
  done: a.done + b.done,
});

function addCells(a: Cells, b: Cells): Cells {
  const sum = new Map(a);
  for (const [key, counts] of b) {
    const here = sum.get(key);
    sum.set(key, here ? addCounts(here, counts) : counts);
  }
  return sum;
}

function countsOf(fact: NeedFact): Counts {
  return { published: 1, ...outcomeOf(fact) };
}

/** the city's own order of its wards; a ward it does not know after them, the merged row last */
function wardRank(ward: string): number {
  if (ward === MERGED_WARD_JA) return 1000;
  const i = (KITAKYUSHU_WARDS as readonly string[]).indexOf(ward);
  return i >= 0 ? i : 100;
}

/**
 * The public needs statistics: per month of publication (Japan time) × ward × activity field,
 * how many needs were published, got an offer, were matched and were done. A need with several
 * fields counts once in each of them. Hidden needs are left out. A ward whose needs come from
 * fewer than 3 groups over the whole period is merged into その他の区 (or dropped when even the
 * merge is too small), so no row lets a reader point at one group.
 */
export function needsStatistics(facts: readonly NeedFact[]): OpenDataRecord[] {
  const byWard = new Map<string, { groupIds: Set<string>; cells: Cells }>();
  for (const fact of facts) {
    if (fact.hidden || !fact.publishedAt) continue;
    const ward = byWard.get(fact.ward) ?? { groupIds: new Set<string>(), cells: new Map() };
    byWard.set(fact.ward, ward);
    ward.groupIds.add(fact.groupId);
    const month = todayInJapan(fact.publishedAt).slice(0, 7);
    const counts = countsOf(fact);
    for (const field of fact.fields.length ? [...new Set(fact.fields)] : [null]) {
      const key = `${month}|${field ?? ''}`;
      const here = ward.cells.get(key);
      ward.cells.set(key, here ? addCounts(here, counts) : counts);
    }
  }
  const shown = discloseSmallAreas(
    [...byWard].map(([area, { groupIds, cells }]) => ({ area, groupIds, figures: cells })),
    addCells,
  );
  const rows = shown.flatMap(({ area, figures }) =>
    [...figures].map(([key, c]) => {
      const [month, fieldText] = key.split('|');
      const field = fieldText ? Number(fieldText) : null;
      return {
        month,
        ward: area === MERGED_AREA ? MERGED_WARD_JA : area,
        field,
        field_name: field === null ? NO_FIELD_JA : (ACTIVITY_FIELDS[field - 1]?.labelJa ?? String(field)),
        needs_published: c.published,
        needs_with_offer: c.withOffer,
        needs_matched: c.matched,
        needs_done: c.done,
      };
    }),
  );
  return rows.sort(
    (a, b) =>
      a.month.localeCompare(b.month) ||
      wardRank(a.ward) - wardRank(b.ward) ||
      a.ward.localeCompare(b.ward, 'ja') ||
      (a.field ?? 99) - (b.field ?? 99),
  );
}
