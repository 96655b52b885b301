import { type Language, type Message, type MessageParams, translate } from '@tsunagu/shared/api-core';
import { NOTIFICATION_WORDINGS, NOTIFICATION_WORDS, type NotificationWording } from './notification-kinds';
import { dayInWords, wardNameEn } from '@tsunagu/shared/util';
import { type StoredNoticeParams, calendarDayInEnglish, renderNotice } from './notice-rendering';

/** What a stored notification says (its kind and its Japanese words). */
export interface StoredNotificationText {
  readonly kind: string;
  readonly title: string;
  readonly body: string;
  /** the catalogue key and values it was written from; null on rows stored before notifications kept them */
  readonly messageKey?: string | null;
  readonly messageParams?: StoredNoticeParams | null;
}

/** How the reader's language turns values that were written in Japanese (the city's desk, days). */
export interface NotificationReading {
  /** the city's desk as the Japanese text names it, and the same in English */
  readonly office?: { readonly ja: string; readonly en: string };
}

const patterns = new Map<string, { regex: RegExp; names: string[] }>();

/** A Japanese template as a pattern that finds its placeholders' values; a placeholder used twice must match itself. */
function patternOf(template: string): { regex: RegExp; names: string[] } {
  const cached = patterns.get(template);
  if (cached) return cached;
  const names: string[] = [];
  const source = template
    .split(/(\{\w+\})/)
    .map((part) => {
      const placeholder = /^\{(\w+)\}$/.exec(part);
      if (!placeholder) return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      const name = placeholder[1] as string;
      const earlier = names.indexOf(name);
      if (earlier >= 0) return `\\${earlier + 1}`;
      names.push(name);
      return '([\\s\\S]+?)';
    })
    .join('');
  const pattern = { regex: new RegExp(`^${source}$`), names };
  patterns.set(template, pattern);
  return pattern;
}

function valuesOf(message: Message, text: string): Record<string, string> | null {
  const { regex, names } = patternOf(message.ja);
  const found = regex.exec(text);
  if (!found) return null;
  return Object.fromEntries(names.map((name, i) => [name, found[i + 1] as string]));
}

/** Title and body values agree where they share a name (the same NPO in both). */
function merged(a: Record<string, string>, b: Record<string, string>): Record<string, string> | null {
  for (const [name, value] of Object.entries(b)) if (name in a && a[name] !== value) return null;
  return { ...a, ...b };
}

const JAPANESE_DAY = /^(\d{1,2})月(\d{1,2})日$/;
const CALENDAR_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A value as the English reader reads it: days in English, known words translated, the rest (names) as written. */
function inEnglish(name: string, value: string, reading: NotificationReading): string {
  // a ward of the city has an English name; a place outside it stays as written
  if (name === 'ward') return wardNameEn(value);
  const day = JAPANESE_DAY.exec(value);
  // the domains wrote it with dayInWords(…, 'ja'); the same day in its English words (noon UTC is that day in Japan)
  if (day) return dayInWords(new Date(Date.UTC(2000, Number(day[1]) - 1, Number(day[2]), 12)), 'en');
  if (CALENDAR_DAY.test(value)) return calendarDayInEnglish(value);
  if (name === 'office' && reading.office && value === reading.office.ja) return reading.office.en;
  const word = NOTIFICATION_WORDS.find((w) => w.ja === value);
  return word ? word.en : value;
}

/** A list placeholder's items (「…」、「…」), each read by its own wording; null when one does not fit. */
function listInEnglish(item: Message, value: string, reading: NotificationReading): string | null {
  const items: string[] = [];
  let rest = value;
  while (rest) {
    // the shortest run of whole items that fits the wording, so 「、」 inside a name does not split it
    let cut = -1;
    for (let at = rest.indexOf('、'); ; at = rest.indexOf('、', at + 1)) {
      const candidate = at < 0 ? rest : rest.slice(0, at);
      if (valuesOf(item, candidate)) {
        cut = at < 0 ? rest.length : at;
        break;
      }
      if (at < 0) break;
    }
    if (cut < 0) return null;
    const values = valuesOf(item, rest.slice(0, cut)) as Record<string, string>;
    items.push(render(item, values, 'en', reading));
    rest = rest.slice(cut + 1);
  }
  return items.join(', ');
}

function render(message: Message, values: Record<string, string>, language: Language, reading: NotificationReading) {
  const params: MessageParams =
    language === 'en'
      ? Object.fromEntries(Object.entries(values).map(([name, value]) => [name, inEnglish(name, value, reading)]))
      : values;
  return translate(message, params, language);
}

function readWith(
  wording: NotificationWording,
  stored: StoredNotificationText,
  reading: NotificationReading,
): { title: string; body: string } | null {
  const titleValues = valuesOf(wording.title, stored.title);
  if (!titleValues) return null;
  let body = stored.body;
  let suffix = '';
  if (wording.suffix) {
    const withSuffix = patternOf(`{__body}${wording.suffix.ja}`);
    const found = withSuffix.regex.exec(stored.body);
    // the body without the note must fit on its own, so a note is never mistaken for part of it
    if (found && valuesOf(wording.body, found[1] as string)) {
      body = found[1] as string;
      const note = valuesOf(wording.suffix, stored.body.slice(body.length)) ?? {};
      suffix = render(wording.suffix, note, 'en', reading);
    }
  }
  const bodyValues = valuesOf(wording.body, body);
  const values = bodyValues && merged(titleValues, bodyValues);
  if (!values) return null;
  const english: Record<string, string> = {};
  for (const [name, value] of Object.entries(values)) {
    const item = wording.lists?.[name];
    if (!item) continue;
    const list = listInEnglish(item, value, reading);
    if (list === null) return null;
    english[name] = list;
  }
  const params = Object.fromEntries(
    Object.entries(values).map(([name, value]) => [name, english[name] ?? inEnglish(name, value, reading)]),
  );
  return { title: translate(wording.title, params, 'en'), body: translate(wording.body, params, 'en') + suffix };
}

/**
 * A stored notification in the reader's language. A row that keeps its key is rendered from the
 * catalogue in either language. Rows stored before that hold only the Japanese the domains wrote:
 * an English reader gets them in English when the wording is recognised, and the Japanese as
 * stored otherwise, rather than nothing.
 */
export function notificationInLanguage(
  stored: StoredNotificationText,
  language: Language,
  reading: NotificationReading = {},
): { title: string; body: string } {
  const fromKey = stored.messageKey ? renderNotice(stored.messageKey, stored.messageParams ?? null, language) : null;
  if (fromKey) return fromKey;
  if (language === 'ja') return { title: stored.title, body: stored.body };
  for (const wording of NOTIFICATION_WORDINGS[stored.kind] ?? []) {
    const read = readWith(wording, stored, reading);
    if (read) return read;
  }
  return { title: stored.title, body: stored.body };
}
