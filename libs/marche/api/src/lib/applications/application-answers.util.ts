/**
 * An application's answers (jsonb) as one spreadsheet cell. They are a list of texts, but rows
 * written before the column's default was fixed hold `{}` (an object): an export must not fail
 * on one odd row, so anything that is not a list of texts reads as what text it holds.
 */
export function answersText(value: unknown): string {
  if (typeof value === 'string') {
    try {
      return answersText(JSON.parse(value) as unknown);
    } catch {
      return value;
    }
  }
  const items = Array.isArray(value) ? value : value && typeof value === 'object' ? Object.values(value) : [];
  return items
    .filter((item): item is string | number => typeof item === 'string' || typeof item === 'number')
    .map(String)
    .filter((item) => item.trim() !== '')
    .join(' / ');
}
