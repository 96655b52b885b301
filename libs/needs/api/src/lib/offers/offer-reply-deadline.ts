import type { Language } from '@tsunagu/shared/api-core';

const DAY_MS = 86_400_000;

/**
 * The day a waiting offer closes unanswered: `closeDays` after it was made (or made again). The
 * same settings as the city's introduction requests (config.outreach.reminderDays / closeDays),
 * so a group hears one rule for every reply it waits for or owes.
 */
export function replyBy(createdAt: Date, closeDays: number): Date {
  return new Date(createdAt.getTime() + closeDays * DAY_MS);
}

/** A day as people say it, on the city's clock: 「12月24日」 / "24 December". */
export function dayInWords(date: Date, language: Language): string {
  return new Intl.DateTimeFormat(language === 'ja' ? 'ja-JP' : 'en-GB', {
    timeZone: 'Asia/Tokyo',
    month: 'long',
    day: 'numeric',
  }).format(date);
}
