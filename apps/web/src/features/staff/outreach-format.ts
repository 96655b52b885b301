const FULL_WIDTH_DIGIT = /[０-９]/g;

/**
 * The `tel:` link of a phone number as staff typed it (「093-582-0000」, 「０９３（５８２）００００」):
 * digits and a leading + only, so every phone dials it.
 */
export function telHref(phone: string): string {
  const halfWidth = phone.replace(FULL_WIDTH_DIGIT, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  const plus = halfWidth.trim().startsWith('+') ? '+' : '';
  return `tel:${plus}${halfWidth.replace(/\D/g, '')}`;
}

/** Median days as a short number: 3, 3.5 (never 3.4999…); null when no NPO reached the step. */
export function formatMedianDays(days: number | null | undefined): string | null {
  if (days === null || days === undefined) return null;
  return String(Math.round(days * 10) / 10);
}
