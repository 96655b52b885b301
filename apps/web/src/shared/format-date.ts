/**
 * The one way the web client writes a day or a moment: 「2026年12月3日（木）」 / "Thu 3 Dec 2026",
 * with 「14:05」 after it where the time matters. Built from Intl parts with the locale taken from the
 * UI language (never the machine's), always in Japan's time, so every page and every phone agrees.
 */

type Language = string | null | undefined;

const CALENDAR_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar day ("2027-03-14") stays that day; an instant becomes the day it was in Kitakyushu. */
function toMoment(value: string | Date): { date: Date; timeZone: string } | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : { date: value, timeZone: 'Asia/Tokyo' };
  const day = CALENDAR_DAY.exec(value);
  if (day) return { date: new Date(Date.UTC(+day[1], +day[2] - 1, +day[3])), timeZone: 'UTC' };
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : { date, timeZone: 'Asia/Tokyo' };
}

function partsOf(date: Date, locale: string, timeZone: string, options: Intl.DateTimeFormatOptions) {
  const parts = new Intl.DateTimeFormat(locale, { ...options, timeZone }).formatToParts(date);
  return (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
}

function dayText(date: Date, timeZone: string, language: Language): string {
  if (language === 'en') {
    const part = partsOf(date, 'en-GB', timeZone, {
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      year: 'numeric',
    });
    return `${part('weekday')} ${part('day')} ${part('month')} ${part('year')}`;
  }
  const part = partsOf(date, 'ja-JP', timeZone, {
    weekday: 'short',
    day: 'numeric',
    month: 'numeric',
    year: 'numeric',
  });
  return `${part('year')}年${part('month')}月${part('day')}日（${part('weekday')}）`;
}

/** 「2026年12月3日（木）」 / "Thu 3 Dec 2026"; '' for nothing, the text itself when it is no date. */
export function formatDay(value: string | Date | null | undefined, language: Language): string {
  if (value === null || value === undefined || value === '') return '';
  const moment = toMoment(value);
  return moment ? dayText(moment.date, moment.timeZone, language) : String(value);
}

/** 「14:05」 in Japan's time (24 hours in both languages, as on a timetable). */
export function formatTime(value: string | Date, language: Language): string {
  const moment = toMoment(value);
  if (!moment) return String(value);
  const part = partsOf(moment.date, language === 'en' ? 'en-GB' : 'ja-JP', 'Asia/Tokyo', {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  return `${part('hour')}:${part('minute')}`;
}

/** 「2026年12月3日（木）14:05」 / "Thu 3 Dec 2026, 14:05". */
export function formatDateTime(value: string | Date | null | undefined, language: Language): string {
  if (value === null || value === undefined || value === '') return '';
  const moment = toMoment(value);
  if (!moment) return String(value);
  const day = dayText(moment.date, moment.timeZone, language);
  const time = formatTime(moment.date, language);
  return language === 'en' ? `${day}, ${time}` : `${day}${time}`;
}
