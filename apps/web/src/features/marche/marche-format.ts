/** "2027-03-14" → 「2027年3月14日（日）」 / "Sun, March 14, 2027" (the day as written, no time zone shift). */
export function formatMarcheDate(day: string, language = 'ja'): string {
  const date = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return day;
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'ja-JP', {
    timeZone: 'UTC',
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    weekday: 'short',
  }).format(date);
}

/** Places left in a booth type (never below 0). */
export const placesLeft = (t: { capacity: number; taken: number }) => Math.max(0, t.capacity - t.taken);
