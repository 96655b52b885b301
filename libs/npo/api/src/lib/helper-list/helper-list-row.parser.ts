import { isValidCorporateNumber, normalizeKana, normalizeText } from '@tsunagu/npo/open-data';
import type { Message, MessageParams } from '@tsunagu/shared/api-core';
import { ACTIVITY_FIELDS, KITAKYUSHU_WARDS, type KitakyushuWard, isKitakyushuWard } from '@tsunagu/shared/util';
import type { HelperKindCode } from '../entities/npo.entity';
import { type HelperListColumn, helperListHeader } from './helper-list-columns';
import type { HelperListRow } from './helper-list-file.reader';
import { HELPER_LIST_LIMITS as LIMITS } from './helper-list-limits.constant';
import { helperListMessages as m } from './helper-list.messages';

export type ListedHelperKind = Exclude<HelperKindCode, 'NPO'>;

/** One helper as a list gives it, checked and normalised. */
export interface ListedHelper {
  rowNumber: number;
  kind: ListedHelperKind;
  name: string;
  nameKana: string | null;
  ward: KitakyushuWard;
  address: string | null;
  purpose: string;
  fields: number[];
  corporateNumber: string | null;
  website: string | null;
  note: string | null;
  /** what the list knows this helper by when it has no 法人番号: kind + folded name + ward */
  listKey: string;
}

export interface ListRowRejection {
  rowNumber: number;
  reason: Message;
  params: MessageParams;
  name: string | null;
}

export type ListRowResult = { ok: true; helper: ListedHelper } | { ok: false; rejection: ListRowRejection };

const KINDS: ReadonlyArray<readonly [string, HelperKindCode]> = [
  ['企業', 'COMPANY'],
  ['会社', 'COMPANY'],
  ['company', 'COMPANY'],
  ['大学', 'UNIVERSITY'],
  ['university', 'UNIVERSITY'],
  ['団体', 'OTHER'],
  ['その他', 'OTHER'],
  ['other', 'OTHER'],
  ['npo', 'NPO'],
  ['npo法人', 'NPO'],
  ['特定非営利活動法人', 'NPO'],
];
const KIND_BY_WORD = new Map(KINDS);

const FIELD_BY_LABEL = new Map<string, number>(
  ACTIVITY_FIELDS.flatMap((f) => [
    [normalizeText(f.labelJa), f.id] as const,
    [normalizeText(f.statutoryName), f.id] as const,
    [f.labelEn.toLowerCase(), f.id] as const,
  ]),
);

/**
 * 「情報化・まちづくり」, 「14、3」, 「保健・医療・福祉; 子ども」: the separators ・ 、 , ; and blanks, but ・
 * also sits inside three labels (保健・医療・福祉…), so runs of ・-pieces are joined back greedily,
 * longest first, whenever they spell a label.
 */
export function parseFieldList(raw: string): { fields: number[]; unknown: string | null } {
  const fields: number[] = [];
  for (const part of normalizeText(raw)
    .split(/[、,;；，\s]+/)
    .filter(Boolean)) {
    const whole = fieldOf(part);
    if (whole !== null) {
      fields.push(whole);
      continue;
    }
    const pieces = part.split('・').filter(Boolean);
    let i = 0;
    while (i < pieces.length) {
      let matched = 0;
      for (let j = pieces.length; j > i; j--) {
        const id = fieldOf(pieces.slice(i, j).join('・'));
        if (id !== null) {
          fields.push(id);
          matched = j - i;
          break;
        }
      }
      if (matched === 0) return { fields: [], unknown: pieces[i] ?? part };
      i += matched;
    }
  }
  return { fields: [...new Set(fields)], unknown: null };
}

function fieldOf(token: string): number | null {
  if (/^\d{1,2}$/.test(token)) {
    const n = Number(token);
    return n >= 1 && n <= 20 ? n : null;
  }
  return FIELD_BY_LABEL.get(token) ?? FIELD_BY_LABEL.get(token.toLowerCase()) ?? null;
}

/** The ward as written (「戸畑区」, 「戸畑」), else the one named in the address. */
function wardOf(ward: string, address: string | null): KitakyushuWard | Message {
  if (ward !== '') {
    const written = isKitakyushuWard(ward) ? ward : `${ward}区`;
    return isKitakyushuWard(written) ? written : m.wardUnknown;
  }
  if (!address) return m.wardMissing;
  return KITAKYUSHU_WARDS.find((w) => address.includes(w)) ?? m.wardNotInAddress;
}

/** Folds a name for the list key, so 「株式会社 とばた」 and 「株式会社とばた」 are the same helper. */
export function foldHelperName(name: string): string {
  return normalizeText(name).replace(/\s+/g, '').toLowerCase();
}

export function helperListKey(kind: string, name: string, ward: string): string {
  return `${kind}|${foldHelperName(name)}|${ward}`;
}

const cleanCell = (value: string | undefined) => (value ?? '').replace(/\r\n?/g, '\n').trim();

/** Checks one row of a list; the reasons are messages, read out in the reader's language. */
export function parseHelperListRow(row: HelperListRow): ListRowResult {
  const cell = (column: HelperListColumn) => cleanCell(row.cells[column]);
  const name = cell('name');
  const reject = (reason: Message, params: MessageParams = {}): ListRowResult => ({
    ok: false,
    rejection: { rowNumber: row.rowNumber, reason, params, name: name === '' ? null : name.slice(0, 200) },
  });
  for (const [column, value] of Object.entries(row.cells) as Array<[HelperListColumn, string]>) {
    if (value.length > LIMITS.maxCellCharacters)
      return reject(m.cellTooLong, { column: helperListHeader(column), max: LIMITS.maxCellCharacters });
    // U+FFFD: a byte the decoder could not read; PostgreSQL refuses NUL in text.
    if (value.includes('\u0000') || value.includes('\ufffd'))
      return reject(m.cellBroken, { column: helperListHeader(column) });
  }

  const kindWord = normalizeText(cell('kind')).toLowerCase();
  if (kindWord === '') return reject(m.kindMissing);
  const kind = KIND_BY_WORD.get(kindWord);
  if (kind === undefined) return reject(m.kindUnknown, { value: cell('kind') });
  if (kind === 'NPO') return reject(m.kindNpo);
  if (name === '') return reject(m.nameMissing);
  const purpose = cell('purpose');
  if (purpose === '') return reject(m.purposeMissing);

  const address = cell('address') || null;
  const ward = wardOf(normalizeText(cell('ward')), address && normalizeText(address));
  if (typeof ward !== 'string') return reject(ward, { value: cell('ward') });

  const { fields, unknown } = parseFieldList(cell('fields'));
  if (unknown !== null) return reject(m.fieldUnknown, { value: unknown });

  let corporateNumber: string | null = null;
  const rawNumber = cell('corporateNumber');
  if (rawNumber !== '') {
    const digits = normalizeText(rawNumber).replace(/[\s-]/g, '');
    if (!/^\d{13}$/.test(digits)) return reject(m.corporateNumberShape, { value: rawNumber });
    if (!isValidCorporateNumber(digits)) return reject(m.corporateNumberCheck, { value: rawNumber });
    corporateNumber = digits;
  }

  const website = cell('website') || null;
  if (website !== null && !/^https?:\/\/[^\s]+$/i.test(website)) return reject(m.websiteInvalid);

  const kana = cell('nameKana');
  return {
    ok: true,
    helper: {
      rowNumber: row.rowNumber,
      kind,
      name,
      nameKana: kana === '' ? null : normalizeKana(kana),
      ward,
      address,
      purpose,
      fields,
      corporateNumber,
      website,
      note: cell('note') || null,
      listKey: helperListKey(kind, name, ward),
    },
  };
}
