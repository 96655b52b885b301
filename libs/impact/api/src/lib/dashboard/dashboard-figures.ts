import { outcomeOf } from '@tsunagu/needs/api';
import {
  ACTIVITY_FIELDS,
  type AreaFigures as Disclosable,
  MERGED_AREA,
  discloseSmallAreas,
  median,
} from '@tsunagu/shared/util';
import type {
  AreaFigures,
  CityDashboard,
  DashboardTotals,
  FieldFigures,
  MonthFigures,
  NeedCounts,
  StatusFigures,
  SupplyGap,
} from './city-dashboard.model';
import { DashboardAudience } from './city-dashboard.model';

/** One published need as the figures count it (no text, no contact). */
export interface CountedNeed {
  groupId: string;
  ward: string;
  schoolDistrictId: string | null;
  fields: readonly number[];
  status: string;
  publishedAt: Date;
  firstOfferAt: Date | null;
  matchedAt: Date | null;
}

/** A helper able to take needs: where it works and in which fields, and whether someone answers for it. */
export interface CountedHelper {
  ward: string | null;
  areas: readonly string[];
  fields: readonly number[];
  hasAccount: boolean;
}

export interface DashboardLabels {
  field: (id: number) => string;
  status: (status: string) => string;
  merged: string;
  noDistrict: string;
  district: (id: string) => string;
}

export interface DashboardQuestion {
  from: string;
  to: string;
  /** every month of the period, YYYY-MM */
  months: readonly string[];
  ward: string | null;
  audience: DashboardAudience;
  wards: readonly string[];
}

/** The area key of needs with no 校区 given. */
export const NO_DISTRICT = 'NONE';
const STATUS_ORDER = ['PUBLISHED', 'MATCHED', 'DONE', 'CANCELLED', 'EXPIRED', 'DRAFT'];
const DAY_MS = 86_400_000;

const zero = (): NeedCounts => ({ needs: 0, withOffer: 0, matched: 0, done: 0 });
const add = (a: NeedCounts, b: NeedCounts): NeedCounts => ({
  needs: a.needs + b.needs,
  withOffer: a.withOffer + b.withOffer,
  matched: a.matched + b.matched,
  done: a.done + b.done,
});
const countOf = (n: CountedNeed): NeedCounts => ({ needs: 1, ...outcomeOf(n) });
const isOpen = (n: CountedNeed) => n.status === 'PUBLISHED' && !n.matchedAt;
const share = (part: number, whole: number) => (whole ? Math.round((part / whole) * 1000) / 1000 : null);
const days = (from: Date, to: Date) => Math.max(0, (to.getTime() - from.getTime()) / DAY_MS);
/** The month of a moment in Japan (UTC+9, no summer time). */
export const monthInJapan = (d: Date) => new Date(d.getTime() + 9 * 3_600_000).toISOString().slice(0, 7);

/** Needs grouped by an area key, with the groups behind each area. */
function byArea(needs: readonly CountedNeed[], key: (n: CountedNeed) => string): Disclosable<NeedCounts>[] {
  const rows = new Map<string, { groupIds: Set<string>; figures: NeedCounts }>();
  for (const n of needs) {
    const k = key(n);
    const row = rows.get(k) ?? { groupIds: new Set<string>(), figures: zero() };
    row.groupIds.add(n.groupId);
    row.figures = add(row.figures, countOf(n));
    rows.set(k, row);
  }
  return [...rows].map(([area, r]) => ({ area, groupIds: r.groupIds, figures: r.figures }));
}

/** Staff see every area; the public, areas of 3 groups or more, the rest merged (or left out). */
function areaRows(
  rows: Disclosable<NeedCounts>[],
  audience: DashboardAudience,
  label: (area: string) => string,
): AreaFigures[] {
  const shown =
    audience === DashboardAudience.STAFF
      ? rows.map((r) => ({ area: r.area, groupCount: r.groupIds.size, figures: r.figures }))
      : discloseSmallAreas(rows, add);
  return shown.map((r) => ({ area: r.area, label: label(r.area), groups: r.groupCount, ...r.figures }));
}

function totalsOf(needs: readonly CountedNeed[]): DashboardTotals {
  const c = needs.map(countOf).reduce(add, zero());
  return {
    ...c,
    openNow: needs.filter(isOpen).length,
    groups: new Set(needs.map((n) => n.groupId)).size,
    shareWithOffer: share(c.withOffer, c.needs),
    shareMatched: share(c.matched, c.needs),
    shareDone: share(c.done, c.needs),
    medianDaysToFirstOffer: median(needs.flatMap((n) => (n.firstOfferAt ? [days(n.publishedAt, n.firstOfferAt)] : []))),
    medianDaysToMatch: median(needs.flatMap((n) => (n.matchedAt ? [days(n.publishedAt, n.matchedAt)] : []))),
  };
}

function fieldRows(needs: readonly CountedNeed[], labels: DashboardLabels): FieldFigures[] {
  return ACTIVITY_FIELDS.map((f) => {
    const of = needs.filter((n) => n.fields.includes(f.id));
    return {
      field: f.id,
      label: labels.field(f.id),
      openNow: of.filter(isOpen).length,
      ...of.map(countOf).reduce(add, zero()),
    };
  }).filter((r) => r.needs > 0);
}

function statusRows(needs: readonly CountedNeed[], labels: DashboardLabels): StatusFigures[] {
  return STATUS_ORDER.map((status) => ({
    status,
    label: labels.status(status),
    needs: needs.filter((n) => n.status === status).length,
  })).filter((r) => r.needs > 0);
}

function monthRows(needs: readonly CountedNeed[], months: readonly string[]): MonthFigures[] {
  const per = new Map(months.map((m) => [m, zero()]));
  for (const n of needs) {
    const m = monthInJapan(n.publishedAt);
    const row = per.get(m);
    if (row) per.set(m, add(row, countOf(n)));
  }
  return [...per].map(([month, c]) => ({ month, ...c }));
}

/**
 * Open needs per area and field against the helpers that work there: a helper works in a ward
 * it names in its profile, or, when it names none, in the ward of its office. The public sees
 * the wards that the area rule shows, the small ones merged.
 */
function gapRows(
  needs: readonly CountedNeed[],
  helpers: readonly CountedHelper[],
  areaWards: ReadonlyMap<string, readonly string[]>,
  labels: DashboardLabels,
): SupplyGap[] {
  const rows: SupplyGap[] = [];
  for (const [area, wards] of areaWards) {
    const open = needs.filter((n) => isOpen(n) && wards.includes(n.ward));
    const worksHere = helpers.filter((h) =>
      h.areas.length ? h.areas.some((a) => wards.includes(a)) : !!h.ward && wards.includes(h.ward),
    );
    for (const f of ACTIVITY_FIELDS) {
      const openNeeds = open.filter((n) => n.fields.includes(f.id)).length;
      if (!openNeeds) continue;
      const able = worksHere.filter((h) => h.fields.includes(f.id));
      const withAccount = able.filter((h) => h.hasAccount).length;
      rows.push({
        area,
        label: area === MERGED_AREA ? labels.merged : area,
        field: f.id,
        fieldLabel: labels.field(f.id),
        openNeeds,
        helpers: able.length,
        helpersWithAccount: withAccount,
        shortfall: Math.max(0, openNeeds - withAccount),
      });
    }
  }
  return rows.sort((a, b) => b.shortfall - a.shortfall || b.openNeeds - a.openNeeds || a.field - b.field);
}

/** Which wards each gap area stands for: each ward for staff; for the public, the area rule's rows. */
function gapAreas(byWard: readonly AreaFigures[], needs: readonly CountedNeed[], q: DashboardQuestion) {
  const areas = new Map<string, string[]>();
  if (q.audience === DashboardAudience.STAFF) {
    for (const w of q.ward ? [q.ward] : q.wards) areas.set(w, [w]);
    return areas;
  }
  const shown = new Set(byWard.map((r) => r.area));
  for (const w of new Set(needs.map((n) => n.ward))) {
    if (shown.has(w)) areas.set(w, [w]);
    else if (shown.has(MERGED_AREA)) areas.set(MERGED_AREA, [...(areas.get(MERGED_AREA) ?? []), w]);
  }
  return areas;
}

/** Every figure of the city dashboard from the period's needs and today's helpers. */
export function dashboardFigures(
  allNeeds: readonly CountedNeed[],
  helpers: readonly CountedHelper[],
  q: DashboardQuestion,
  labels: DashboardLabels,
): CityDashboard {
  const needs = q.ward ? allNeeds.filter((n) => n.ward === q.ward) : allNeeds;
  const withheld =
    q.audience === DashboardAudience.PUBLIC &&
    !!q.ward &&
    new Set(needs.map((n) => n.groupId)).size < 3 &&
    needs.length > 0;
  const counted = withheld ? [] : needs;
  const wardOrder = (a: Disclosable<NeedCounts>) => {
    const i = q.wards.indexOf(a.area);
    return i < 0 ? q.wards.length : i;
  };
  const byWard = areaRows(
    byArea(counted, (n) => n.ward).sort((a, b) => wardOrder(a) - wardOrder(b)),
    q.audience,
    (a) => (a === MERGED_AREA ? labels.merged : a),
  );
  const byDistrict = areaRows(
    // the 校区 with most needs first: there are over a hundred, most with none
    byArea(counted, (n) => n.schoolDistrictId ?? NO_DISTRICT).sort((a, b) => b.figures.needs - a.figures.needs),
    q.audience,
    (a) => (a === MERGED_AREA ? labels.merged : a === NO_DISTRICT ? labels.noDistrict : labels.district(a)),
  );
  return {
    from: q.from,
    to: q.to,
    ward: q.ward,
    audience: q.audience,
    withheld,
    totals: totalsOf(counted),
    byWard,
    bySchoolDistrict: byDistrict,
    byField: fieldRows(counted, labels),
    byStatus: statusRows(counted, labels),
    byMonth: monthRows(counted, q.months),
    gap: gapRows(counted, helpers, gapAreas(byWard, counted, q), labels),
  };
}
