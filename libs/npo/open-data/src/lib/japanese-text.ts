/**
 * Text normalisation for the open data: NFKC turns full-width digits, letters, hyphens and
 * spaces and half-width katakana into their usual forms (３－１０ → 3-10, ﾎｸﾌﾞ → ホクブ).
 */
export function normalizeText(value: string): string {
  return value
    .normalize('NFKC')
    .replace(/[\u2010-\u2015\u2212\uff70]/g, (c) => (c === '\uff70' ? 'ー' : '-'))
    .replace(/\r\n?/g, '\n')
    .trim();
}

/**
 * Free text and names as published: only line ends and surrounding blanks are tidied. Names keep
 * CP932-only characters (髙 﨑 ① ㈱ ～) exactly; NFKC would turn ㈱ into (株) and ① into 1.
 */
export function cleanText(value: string): string {
  return value.replace(/\r\n?/g, '\n').trim();
}

/** A reading in full-width katakana; hiragana readings are turned into katakana too. */
export function normalizeKana(value: string): string {
  return normalizeText(value).replace(/[\u3041-\u3096]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0x60));
}

/** Katakana → hiragana, so a hiragana query finds a katakana reading (search folding). */
export { katakanaToHiragana } from '@tsunagu/shared/util';

export function emptyToNull(value: string | undefined): string | null {
  const trimmed = (value ?? '').trim();
  return trimmed === '' ? null : trimmed;
}
