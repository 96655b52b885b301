import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { HELP_KINDS, wardNameEn } from '@tsunagu/shared/util';

export function helpKindLabel(id: string, language: string | undefined): string {
  const kind = HELP_KINDS.find((k) => k.id === id);
  if (!kind) return id;
  return language === 'en' ? kind.labelEn : kind.labelJa;
}

/** A ward as the reader's language names it: 八幡西区 / Yahatanishi Ward. */
export function wardLabel(ward: string, language: string | undefined): string {
  return language === 'en' ? wardNameEn(ward) : ward;
}

/** A short list as the reader's language writes one: 「A、B」 / "A, B". */
export function listIn(items: readonly string[], language: string | undefined): string {
  return items.join(language === 'en' ? ', ' : '、');
}

/** YYYY-MM-DD as people read it: 2026年5月10日（日） / Sun, 10 May 2026. */
export function formatDay(day: string | null | undefined, language: string | undefined): string {
  if (!day) return '';
  const [y, m, d] = day.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'ja-JP', {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    weekday: 'short',
    timeZone: 'UTC',
  }).format(date);
}

export function formatDateTime(iso: string, language: string | undefined): string {
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'ja-JP', {
    month: 'long',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'Asia/Tokyo',
  }).format(new Date(iso));
}

/** An instant as a day in Japan: 2026年5月10日 / 10 May 2026. */
export function formatDate(iso: string, language: string | undefined): string {
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'ja-JP', {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    timeZone: 'Asia/Tokyo',
  }).format(new Date(iso));
}

/** The server's message for each field it refused (BAD_USER_INPUT with extensions.field). */
export function fieldErrors(error: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (CombinedGraphQLErrors.is(error)) {
    for (const e of error.errors) {
      const field = e.extensions?.['field'];
      if (typeof field === 'string') out[field] = e.message;
    }
  }
  return out;
}

export { todayInJapan } from '@tsunagu/shared/util';
