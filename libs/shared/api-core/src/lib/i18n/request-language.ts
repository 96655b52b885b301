import { AsyncLocalStorage } from 'node:async_hooks';
import { DEFAULT_LANGUAGE, type Language } from './message-catalogue';

const storage = new AsyncLocalStorage<Language>();

/**
 * The language a caller reads: the web client sends the language its person chose as
 * `Accept-Language` on every request; other callers get their own header's first of ja/en, and
 * Japanese when they say nothing.
 */
export function languageOfHeader(header: string | string[] | undefined): Language {
  const value = Array.isArray(header) ? header.join(',') : (header ?? '');
  const ranked = value
    .split(',')
    .map((part, index) => {
      const [tag = '', ...rest] = part.trim().split(';');
      const q = Number(
        rest
          .find((p) => p.trim().startsWith('q='))
          ?.trim()
          .slice(2) ?? 1,
      );
      return { tag: tag.toLowerCase(), q: Number.isFinite(q) ? q : 0, index };
    })
    .filter((entry) => entry.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  for (const { tag } of ranked) {
    if (tag === 'ja' || tag.startsWith('ja-')) return 'ja';
    if (tag === 'en' || tag.startsWith('en-')) return 'en';
  }
  return DEFAULT_LANGUAGE;
}

/** Runs `fn` (a request's handling) with its caller's language known to everything it calls. */
export function runInLanguage<T>(language: Language, fn: () => T): T {
  return storage.run(language, fn);
}

/** The current caller's language (Japanese outside a request: the CLI, jobs). */
export function currentLanguage(): Language {
  return storage.getStore() ?? DEFAULT_LANGUAGE;
}
