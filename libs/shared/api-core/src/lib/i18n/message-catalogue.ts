/** The two languages of the service: Japanese first, English second. */
export type Language = 'ja' | 'en';
export const LANGUAGES: readonly Language[] = ['ja', 'en'];
export const DEFAULT_LANGUAGE: Language = 'ja';

/** Values put into a message: `{max}` in the text is replaced by `params.max`. */
export type MessageParams = Readonly<Record<string, string | number>>;

/** One sentence a person may read, in both languages, under a stable key. */
export interface Message {
  readonly key: string;
  readonly ja: string;
  readonly en: string;
}

type Entries = Readonly<Record<string, { readonly ja: string; readonly en: string }>>;

const catalogue = new Map<string, Message>();

/**
 * A domain's messages, each under `<domain>.<name>`. Kept in one registry so that a test can check
 * the whole catalogue (both languages present, the same placeholders in both) and keys are unique.
 */
export function defineMessages<T extends Entries>(domain: string, entries: T): { readonly [K in keyof T]: Message } {
  const out: Record<string, Message> = {};
  for (const [name, texts] of Object.entries(entries)) {
    const message: Message = { key: `${domain}.${name}`, ja: texts.ja, en: texts.en };
    const existing = catalogue.get(message.key);
    if (existing && (existing.ja !== message.ja || existing.en !== message.en))
      throw new Error(`message key defined twice with different texts: ${message.key}`);
    catalogue.set(message.key, message);
    out[name] = message;
  }
  return out as { readonly [K in keyof T]: Message };
}

/** Every message defined so far (by the modules loaded). */
export function allMessages(): readonly Message[] {
  return [...catalogue.values()];
}

/** The message in the language asked for, its `{placeholders}` filled. */
export function translate(message: Message, params: MessageParams = {}, language: Language = DEFAULT_LANGUAGE): string {
  return message[language].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** The placeholders a text uses, for the catalogue check. */
export function placeholdersOf(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] as string).sort();
}
