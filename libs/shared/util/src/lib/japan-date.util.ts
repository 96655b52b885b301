/**
 * Today's date in Japan (YYYY-MM-DD). Deadlines, the marché's application window and the daily
 * digest are days in Kitakyushu, not in UTC or in the browser's zone: one definition for both sides.
 */
export function todayInJapan(now = new Date()): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Tokyo' }).format(now);
}

const DAY_MS = 86_400_000;

/**
 * The day a reply that is waited for closes unanswered: `closeDays` after the ask (an
 * introduction request, an offer). One rule for every reply a group waits for or owes.
 */
export function replyDeadline(askedAt: Date, closeDays: number): Date {
  return new Date(askedAt.getTime() + closeDays * DAY_MS);
}

/** A day as people say it, on the city's clock: 「12月24日」 / "24 December". */
export function dayInWords(date: Date, language: 'ja' | 'en'): string {
  return new Intl.DateTimeFormat(language === 'ja' ? 'ja-JP' : 'en-GB', {
    timeZone: 'Asia/Tokyo',
    month: 'long',
    day: 'numeric',
  }).format(date);
}
