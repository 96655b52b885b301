import { ACTIVITY_FIELDS, HELP_KINDS } from '@tsunagu/shared/util';
import type { BookEntry } from './databook-options';
import { readingKey } from './databook-plan';

/** The columns staff edit by hand, in the order of the printed entry. */
export const TABLE_HEADER = [
  '団体名',
  'よみがな',
  '区',
  '所在地',
  '代表者',
  '設立年',
  '活動分野',
  '活動内容',
  '活動内容の出どころ',
  'できること',
  '連絡先',
  '認定',
  'ページのURL',
] as const;

/** The book's selection as rows (sorted by reading), for CSV and Excel. */
export function tableRows(entries: readonly BookEntry[]): string[][] {
  return [...entries]
    .sort((a, b) => readingKey(a).localeCompare(readingKey(b), 'ja'))
    .map((e) => [
      e.name,
      e.nameKana ?? '',
      e.ward ?? '',
      e.address ?? '',
      e.representative ?? '',
      e.establishedOn?.slice(0, 4) ?? '',
      e.fields.map((f) => ACTIVITY_FIELDS[f - 1]?.labelJa ?? String(f)).join('・'),
      e.description,
      e.descriptionIsOwn ? '団体の紹介文' : '届け出の目的',
      e.helpKinds.map((k) => HELP_KINDS.find((h) => h.id === k)?.labelJa ?? k).join('・'),
      e.contact ?? '',
      e.certified ? '認定' : '',
      e.pageUrl,
    ]);
}
