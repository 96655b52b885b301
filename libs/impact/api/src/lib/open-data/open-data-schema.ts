/**
 * The published schema of the open data files (documented in docs/open-data.md). Within 1.x a
 * column is only ever added at the end, never renamed, moved or removed: programs that read the
 * files by position or by name keep working. A breaking change is 2.0.
 */
export const OPEN_DATA_SCHEMA_VERSION = '1.0';
export const OPEN_DATA_LICENCE = 'CC BY 4.0';
export const OPEN_DATA_LICENCE_URL = 'https://creativecommons.org/licenses/by/4.0/deed.ja';
export const OPEN_DATA_ATTRIBUTION = '北九州市・つなぐ';

/** How a value is written: lists are JSON arrays, and in CSV their items joined with ";". */
export type OpenDataType = 'string' | 'integer' | 'string[]' | 'integer[]' | 'date-time' | 'year-month';

export interface OpenDataColumn {
  readonly name: string;
  readonly type: OpenDataType;
  readonly nullable: boolean;
  readonly description: string;
  readonly descriptionJa: string;
}

export type OpenDataValue = string | number | string[] | number[] | null;
export type OpenDataRecord = Readonly<Record<string, OpenDataValue>>;

const column = (
  name: string,
  type: OpenDataType,
  nullable: boolean,
  description: string,
  descriptionJa: string,
): OpenDataColumn => ({ name, type, nullable, description, descriptionJa });

export const HELPER_COLUMNS: readonly OpenDataColumn[] = [
  column('id', 'string', false, 'stable identifier (UUID) of the helper on tsunagu', 'つなぐでの団体のID（UUID）'),
  column('kind', 'string', false, 'NPO, COMPANY, UNIVERSITY or OTHER', '団体の種類の記号'),
  column('kind_name', 'string', false, 'the kind in Japanese', '団体の種類（NPO法人・企業・大学・団体）'),
  column(
    'status',
    'string',
    false,
    'ACTIVE, DISSOLVED or NOT_IN_LATEST_DATA (no longer in the latest national file)',
    '状態（活動中・解散・最新の国のデータにない）',
  ),
  column('name', 'string', false, 'name', '団体名'),
  column('name_kana', 'string', true, 'reading in katakana', '団体名のよみがな（カタカナ）'),
  column('corporate_number', 'string', true, '13-digit corporate number (法人番号)', '法人番号（13けた）'),
  column('ward', 'string', true, 'ward of the main office', '主たる事務所の区'),
  column(
    'postal_code',
    'string',
    true,
    'postal code of the main office; NPOs only (national file)',
    '郵便番号（NPO法人のみ、国のデータ）',
  ),
  column(
    'address',
    'string',
    true,
    'main office address as the national NPO file publishes it; NPOs only',
    '主たる事務所の所在地（NPO法人のみ、国のデータのとおり）',
  ),
  column(
    'purpose',
    'string',
    true,
    'NPOs: the purpose in their articles; other helpers: what they can do for community groups',
    'NPO法人は定款の目的、ほかの団体は地域のためにできること',
  ),
  column('fields', 'integer[]', false, 'statutory activity fields 1–20', '活動分野の番号（1〜20）'),
  column('field_names', 'string[]', false, 'the activity fields in Japanese', '活動分野の名前'),
  column('areas', 'string[]', false, 'wards it works in, as it wrote', '活動する区（団体が書いたもの）'),
  column(
    'help_kinds',
    'string[]',
    false,
    'kinds of help it offers: VOLUNTEERS, ADVICE, LECTURER, CO_ORGANISING, EQUIPMENT, OTHER',
    'できる手伝いの種類の記号',
  ),
  column('help_kind_names', 'string[]', false, 'the kinds of help in Japanese', 'できる手伝いの種類の名前'),
  column('website', 'string', true, 'its website', 'ホームページ'),
  column(
    'contact',
    'string',
    true,
    'how community groups can reach it, as it wrote; only when it agreed to publish its contact',
    '自治会などへの連絡先（団体が公開に同意したときだけ）',
  ),
  column('page_url', 'string', false, 'its page on tsunagu', 'つなぐの団体ページ'),
  column(
    'updated_at',
    'date-time',
    false,
    'when the record or the helper’s own text last changed (ISO 8601)',
    '最後に更新された日時（ISO 8601）',
  ),
];

export const NEEDS_STATISTICS_COLUMNS: readonly OpenDataColumn[] = [
  column(
    'month',
    'year-month',
    false,
    'month of publication in Japan time (YYYY-MM)',
    '困りごとが公開された月（日本時間）',
  ),
  column(
    'ward',
    'string',
    false,
    'ward of the needs; その他の区 (other wards) merges wards with fewer than 3 groups',
    '区。困りごとを出した自治会などが3つ未満の区は「その他の区」にまとめる',
  ),
  column('field', 'integer', true, 'activity field 1–20; empty when the need named none', '活動分野の番号（なしは空）'),
  column('field_name', 'string', false, 'the activity field in Japanese (分野なし: none)', '活動分野の名前'),
  column('needs_published', 'integer', false, 'needs published', '公開された困りごとの数'),
  column(
    'needs_with_offer',
    'integer',
    false,
    'of those, needs with at least one offer of help',
    'そのうち、手伝いの申し出が1件以上あった数',
  ),
  column(
    'needs_matched',
    'integer',
    false,
    'of those, needs whose group accepted an offer',
    'そのうち、申し出を受けて手伝いが決まった数',
  ),
  column('needs_done', 'integer', false, 'of those, needs marked done', 'そのうち、終わった（完了）数'),
];

export const MERGED_WARD_JA = 'その他の区';
export const NO_FIELD_JA = '分野なし';
