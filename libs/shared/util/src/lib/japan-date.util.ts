/**
 * Today's date in Japan (YYYY-MM-DD). Deadlines, the marché's application window and the daily
 * digest are days in Kitakyushu, not in UTC or in the browser's zone: one definition for both sides.
 */
export function todayInJapan(now = new Date()): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Tokyo' }).format(now);
}
