import { createHash } from 'node:crypto';
import { cleanText, isValidCorporateNumber, normalizeKana, normalizeText, parseAddress } from '@tsunagu/npo/open-data';
import { ACTIVITY_FIELDS, KITAKYUSHU_WARDS } from '@tsunagu/shared/util';
import type { HelperListCells } from './helper-list-file';
import { HELPER_LIST_MAX_CELL } from './helper-list-file';
import { helperListMessages } from './helper-list.messages';

export type ListHelperKind = 'COMPANY' | 'UNIVERSITY' | 'OTHER';

/** A row as it is written: the columns the list owns on npo, and what may seed a new profile. */
export interface ListHelper {
  readonly kind: ListHelperKind;
  readonly name: string;
  readonly nameKana: string | null;
  readonly ward: string | null;
  readonly address: string | null;
  readonly purpose: string;
  readonly fields: number[];
  readonly corporateNumber: string | null;
  readonly website: string | null;
  readonly note: string | null;
  /** kind + normalised name + ward: how a later import of the list finds this helper again */
  readonly listKey: string;
  /** hash of what the list owns: equal hash = the row did not change */
  readonly hash: string;
}

export type ListRow =
  | { readonly ok: true; readonly rowNumber: number; readonly helper: ListHelper }
  | {
      readonly ok: false;
      readonly rowNumber: number;
      readonly reason: { ja: string; en: string };
      readonly name: string | null;
    };

const KINDS = new Map<string, ListHelperKind | 'NPO'>([
  ['企業', 'COMPANY'],
  ['会社', 'COMPANY'],
  ['company', 'COMPANY'],
  ['大学', 'UNIVERSITY'],
  ['大学のグループ', 'UNIVERSITY'],
  ['university', 'UNIVERSITY'],
  ['団体', 'OTHER'],
  ['その他', 'OTHER'],
  ['other', 'OTHER'],
  ['npo', 'NPO'],
  ['npo法人', 'NPO'],
]);

/** Longest label first, so 保健・医療・福祉 is read whole before anything shorter. */
const FIELD_LABELS = [...ACTIVITY_FIELDS]
  .flatMap((f) => [[normalizeText(f.labelJa), f.id] as const, [normalizeText(f.statutoryName), f.id] as const])
  .sort((a, b) => b[0].length - a[0].length);

/**
 * 「情報化・まちづくり」, 「14、3」, "1;9": labels (which may themselves hold ・) or numbers 1–20,
 * separated by ・ 、 , ; or spaces. null when some part is neither.
 */
export function parseFields(value: string): number[] | null {
  const ids = new Set<number>();
  for (const part of normalizeText(value)
    .split(/[、,;；，\s]+/)
    .filter(Boolean)) {
    let rest = part;
    while (rest.length > 0) {
      rest = rest.replace(/^[・･]+/, '');
      if (rest === '') break;
      const number = /^(\d{1,2})(?=$|[・･])/.exec(rest);
      if (number) {
        const id = Number(number[1]);
        if (id < 1 || id > 20) return null;
        ids.add(id);
        rest = rest.slice(number[1].length);
        continue;
      }
      const label = FIELD_LABELS.find(([l]) => rest.startsWith(l));
      if (!label) return null;
      ids.add(label[1]);
      rest = rest.slice(label[0].length);
    }
  }
  return [...ids].sort((a, b) => a - b);
}

function wardOf(value: string): string | null | undefined {
  const text = normalizeText(value).replace(/^北九州市/, '');
  if (text === '') return null;
  return KITAKYUSHU_WARDS.find((w) => w === text || w === `${text}区`);
}

/** The name as a key: width, spaces and case do not make another helper. */
export function normaliseName(name: string): string {
  return normalizeText(name).replace(/\s+/g, '').toLowerCase();
}

const refuse = (rowNumber: number, reason: { ja: string; en: string }, name: string | null): ListRow => ({
  ok: false,
  rowNumber,
  reason,
  name,
});

/** Checks one row against the same rules as a registration (kind, place, corporate number). */
export function readListRow(row: HelperListCells, cityName: string): ListRow {
  const cell = (key: keyof HelperListCells['cells']) => cleanText(row.cells[key] ?? '');
  const name = cell('name').replace(/\s+/g, ' ') || null;
  if (Object.values(row.cells).some((v) => (v ?? '').length > HELPER_LIST_MAX_CELL)) {
    return refuse(row.rowNumber, helperListMessages.cellTooLong, name?.slice(0, 200) ?? null);
  }
  const kindText = normalizeText(cell('kind')).toLowerCase();
  if (!kindText) return refuse(row.rowNumber, helperListMessages.kindMissing, name);
  const kind = KINDS.get(kindText);
  if (!kind) return refuse(row.rowNumber, helperListMessages.kindUnknown, name);
  if (kind === 'NPO') return refuse(row.rowNumber, helperListMessages.kindNpo, name);
  if (!name) return refuse(row.rowNumber, helperListMessages.nameMissing, null);
  const purpose = cell('purpose');
  if (!purpose) return refuse(row.rowNumber, helperListMessages.purposeMissing, name);
  const address = cell('address') || null;
  let ward = wardOf(cell('ward'));
  if (ward === undefined) return refuse(row.rowNumber, helperListMessages.wardUnknown, name);
  if (ward === null && address) ward = parseAddress(address, cityName).ward;
  if (!ward && !address) return refuse(row.rowNumber, helperListMessages.placeMissing, name);
  const fieldsText = cell('fields');
  const fields = fieldsText ? parseFields(fieldsText) : [];
  if (!fields) return refuse(row.rowNumber, helperListMessages.fieldUnknown, name);
  const corporateNumber = normalizeText(cell('corporateNumber')).replace(/[-\s]/g, '') || null;
  if (corporateNumber && kind !== 'COMPANY') {
    return refuse(row.rowNumber, helperListMessages.corporateNumberCompaniesOnly, name);
  }
  if (corporateNumber && !isValidCorporateNumber(corporateNumber)) {
    return refuse(row.rowNumber, helperListMessages.corporateNumberInvalid, name);
  }
  const website = cell('website') || null;
  if (website && !/^https?:\/\/[^\s]+$/i.test(website)) {
    return refuse(row.rowNumber, helperListMessages.websiteInvalid, name);
  }
  const nameKana = cell('nameKana') ? normalizeKana(cell('nameKana')) || null : null;
  const owned = { kind, name, nameKana, ward: ward ?? null, address, purpose, fields };
  return {
    ok: true,
    rowNumber: row.rowNumber,
    helper: {
      ...owned,
      corporateNumber,
      website,
      note: cell('note') || null,
      listKey: JSON.stringify([kind, normaliseName(name), ward ?? '']),
      hash: createHash('sha256').update(JSON.stringify(owned)).digest('hex'),
    },
  };
}
