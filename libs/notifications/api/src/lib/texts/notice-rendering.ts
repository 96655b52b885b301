import { type Language, type MessageParams, translate } from '@tsunagu/shared/api-core';
import { dayInWords, wardNameEn } from '@tsunagu/shared/util';
import {
  NOTICE_PHRASES,
  NOTICES,
  type NoticeDefinition,
  type NoticeKey,
  type NoticeParams,
  type ParamKind,
  type ScalarKind,
  isNoticeKey,
} from './notices';

/** A notice's values as the notification row keeps them (JSON: a day as its ISO time). */
export type StoredNoticeParams = Readonly<Record<string, unknown>>;

const CALENDAR_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A stored date (YYYY-MM-DD) as English readers read it: "Sun 14 Mar 2027"; anything else as it is. */
export function calendarDayInEnglish(value: string): string {
  const calendar = CALENDAR_DAY.exec(value);
  if (!calendar) return value;
  const date = new Date(Date.UTC(Number(calendar[1]), Number(calendar[2]) - 1, Number(calendar[3])));
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    new Intl.DateTimeFormat('en-GB', {
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      timeZone: 'UTC',
    })
      .formatToParts(date)
      .find((p) => p.type === type)?.value ?? '';
  return `${part('weekday')} ${part('day')} ${part('month')} ${part('year')}`;
}

/** The values as the row keeps them: JSON, so a day is kept as its ISO time. */
export function storedParams<K extends NoticeKey>(key: K, params: NoticeParams<K>): StoredNoticeParams {
  const json = (value: unknown): unknown =>
    value instanceof Date ? value.toISOString() : Array.isArray(value) ? value.map(storedItem) : value;
  const storedItem = (item: Readonly<Record<string, unknown>>) =>
    Object.fromEntries(Object.entries(item).map(([name, value]) => [name, json(value)]));
  return Object.fromEntries(
    Object.keys(NOTICES[key].params).map((name) => [name, json((params as Record<string, unknown>)[name])]),
  );
}

/** One value in the reader's words; undefined when the stored value is not of its kind (then the row is read as stored). */
function scalarInWords(kind: ScalarKind, value: unknown, language: Language): string | null | undefined {
  switch (kind) {
    case 'text':
      return typeof value === 'string' ? value : undefined;
    case 'count':
      return typeof value === 'number' ? String(value) : undefined;
    case 'day': {
      const day = typeof value === 'string' ? new Date(value) : null;
      return day && !Number.isNaN(day.getTime()) ? dayInWords(day, language) : undefined;
    }
    case 'calendarDay':
      if (typeof value !== 'string') return undefined;
      return language === 'en' ? calendarDayInEnglish(value) : value;
    case 'ward':
      if (typeof value !== 'string') return undefined;
      // a ward of the city has an English name; a place outside it stays as written
      return language === 'en' ? wardNameEn(value) : value;
    case 'phrase':
      return typeof value === 'string' && value in NOTICE_PHRASES
        ? translate(NOTICE_PHRASES[value as keyof typeof NOTICE_PHRASES], {}, language)
        : undefined;
    case 'inBoth': {
      const both = value as { ja?: unknown; en?: unknown } | null;
      const text = typeof both === 'object' && both ? both[language] : undefined;
      return typeof text === 'string' ? text : undefined;
    }
    case 'note':
      return value === null || value === undefined ? null : typeof value === 'string' ? value : undefined;
  }
}

function inWords(kind: ParamKind, value: unknown, language: Language): string | null | undefined {
  if (typeof kind === 'string') return scalarInWords(kind, value, language);
  if (!Array.isArray(value)) return undefined;
  const items: string[] = [];
  for (const item of value as unknown[]) {
    const values = valuesInWords(kind.of, item, language);
    if (!values) return undefined;
    items.push(translate(kind.list, values, language));
  }
  return items.join(language === 'ja' ? '、' : ', ');
}

function valuesInWords(
  kinds: Readonly<Record<string, ParamKind>>,
  stored: unknown,
  language: Language,
): Record<string, string> | null {
  if (typeof stored !== 'object' || stored === null) return null;
  const values: Record<string, string> = {};
  for (const [name, kind] of Object.entries(kinds)) {
    const value = inWords(kind, (stored as Record<string, unknown>)[name], language);
    if (value === undefined) return null;
    if (value !== null) values[name] = value;
  }
  return values;
}

function rendered(notice: NoticeDefinition, values: MessageParams, language: Language) {
  const noted = Object.entries(notice.params).some(([name, kind]) => kind === 'note' && name in values);
  const trailer = notice.trailer && noted ? translate(notice.trailer, values, language) : '';
  return { title: translate(notice.title, values, language), body: translate(notice.body, values, language) + trailer };
}

/**
 * A notice in the reader's language from its key and stored values, straight from the catalogue;
 * null for a key or values this version does not know (the row is then read from its stored text).
 */
export function renderNotice(
  key: string,
  stored: StoredNoticeParams | null,
  language: Language,
): { title: string; body: string } | null {
  if (!isNoticeKey(key)) return null;
  const notice: NoticeDefinition = NOTICES[key];
  const values = valuesInWords(notice.params, stored, language);
  return values && rendered(notice, values, language);
}
