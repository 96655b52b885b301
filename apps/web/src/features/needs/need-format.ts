import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { HELP_KINDS } from '@tsunagu/shared/util';

export function helpKindLabel(id: string, language: string | undefined): string {
  const kind = HELP_KINDS.find((k) => k.id === id);
  if (!kind) return id;
  return language === 'en' ? kind.labelEn : kind.labelJa;
}

/** A short list as the reader's language writes one: 「A、B」 / "A, B". */
export function listIn(items: readonly string[], language: string | undefined): string {
  return items.join(language === 'en' ? ', ' : '、');
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
