import { todayInJapan } from '@tsunagu/shared/util';

const DAY_MS = 86_400_000;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A day (YYYY-MM-DD) moved by `days`; days are calendar days, so UTC arithmetic is exact. */
export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/**
 * The Monday that starts the week of `week` (any day of it counts), or of today in Japan when
 * none is given; null when `week` is not a real day. Staff may type any day of the week they mean.
 */
export function mondayOf(week: unknown, now = new Date()): string | null {
  // A query string may repeat the parameter (an array): that is no day.
  if (week !== undefined && typeof week !== 'string') return null;
  const day = week?.trim() || todayInJapan(now);
  if (!DAY.test(day)) return null;
  const date = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== day) return null;
  const sinceMonday = (date.getUTCDay() + 6) % 7;
  return addDays(day, -sinceMonday);
}

/** The seven days from that Monday, as instants on the city's clock: [from, to). */
export function weekSpan(monday: string): { from: Date; to: Date } {
  return { from: new Date(`${monday}T00:00:00+09:00`), to: new Date(`${addDays(monday, 7)}T00:00:00+09:00`) };
}

export function isWithin(at: Date | null | undefined, span: { from: Date; to: Date }): boolean {
  return !!at && at >= span.from && at < span.to;
}

/** 「2026年12月3日」: the date as it is written on paper in Japan, on the city's clock. */
export function japaneseDay(at: Date | string): string {
  const date = typeof at === 'string' ? new Date(`${at}T00:00:00+09:00`) : at;
  const [y, m, d] = todayInJapan(date).split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

/** 「12月3日」: a day inside the week a digest is about. */
export function japaneseMonthDay(at: Date): string {
  const [, m, d] = todayInJapan(at).split('-').map(Number);
  return `${m}月${d}日`;
}
