/** A day `days` after `today` (both YYYY-MM-DD), for demo data dated from the day it is made. */
export function plusDays(today: string, days: number): string {
  const date = new Date(`${today}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}
