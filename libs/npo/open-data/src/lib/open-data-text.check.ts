import { OPEN_DATA_COLUMNS } from './open-data-columns.constant';
import { OPEN_DATA_LIMITS } from './open-data-limits.constant';

export type OpenDataEncoding = 'utf8' | 'cp932';

const BROKEN: Record<OpenDataEncoding, string> = {
  cp932: 'Shift_JISの文字が途中で切れています',
  utf8: 'UTF-8として読めない文字があります',
};

/**
 * Why the text of one record cannot be stored as it is, or null. The decoder turns bytes that are
 * not a whole character of the file's encoding into U+FFFD, so U+FFFD marks a broken character;
 * PostgreSQL refuses NUL in text; and a field longer than any real one is a broken or crafted row.
 */
export function openDataTextProblem(cells: readonly string[], encoding: OpenDataEncoding): string | null {
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i];
    const column = OPEN_DATA_COLUMNS[i] ?? `${i + 1}列目`;
    if (cell.length > OPEN_DATA_LIMITS.maxFieldCharacters) {
      return `${column}が長すぎます（${OPEN_DATA_LIMITS.maxFieldCharacters.toLocaleString('ja-JP')}文字まで）`;
    }
    if (cell.includes('\u0000')) return `${column}に使えない文字（NUL）が含まれています`;
    if (cell.includes('\ufffd')) return `${column}が文字化けしています（${BROKEN[encoding]}）`;
  }
  return null;
}

/** A rejected row's name as it can be kept beside the rejection: no NUL, not endless. */
export function storableName(raw: string | undefined): string | null {
  const name = (raw ?? '').replaceAll('\u0000', '').trim().slice(0, 200);
  return name === '' ? null : name;
}
