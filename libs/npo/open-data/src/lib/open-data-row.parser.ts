import { parseAddress } from './address.parser';
import { isValidCorporateNumber } from './corporate-number';
import { cleanText, emptyToNull, normalizeKana, normalizeText } from './japanese-text';
import { OPEN_DATA_COLUMN as C, OPEN_DATA_COLUMNS, OPEN_DATA_FLAG } from './open-data-columns.constant';
import type { CertificationKindValue, OpenDataRowResult, ParsedNpo } from './parsed-npo';

class RowError extends Error {}

const FLAG_VALUES = new Set([OPEN_DATA_FLAG, '〇', '◯', '1', '●']);
const isFlag = (value: string | undefined) => FLAG_VALUES.has((value ?? '').trim());

/** `YYYY/MM/DD`, `YYYY-MM-DD` or `YYYY年MM月DD日` (full-width digits too) → ISO date; empty → null. */
export function parseOpenDataDate(raw: string | undefined, label: string): string | null {
  const text = normalizeText(raw ?? '');
  if (!text) return null;
  const match = /^(\d{4})\s*[/\-.年]\s*(\d{1,2})\s*[/\-.月]\s*(\d{1,2})\s*日?$/.exec(text);
  if (!match) throw new RowError(`${label}「${text}」が日付として読めません`);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    throw new RowError(`${label}「${text}」という日付はありません`);
  }
  return date.toISOString().slice(0, 10);
}

/** The date at the start of a 監督情報 / 解散情報 text such as `2004年05月18日 社員総会の決議`. */
function leadingDate(text: string | null): string | null {
  const match = text && /^(\d{4}年\d{1,2}月\d{1,2}日)/.exec(normalizeText(text));
  if (!match) return null;
  try {
    return parseOpenDataDate(match[1], '日付');
  } catch {
    return null;
  }
}

function corporateNumberOf(raw: string | undefined): { value: string | null; valid: boolean } {
  const digits = normalizeText(raw ?? '').replace(/[\s-]/g, '');
  if (!digits) return { value: null, valid: true };
  if (!/^\d{13}$/.test(digits)) throw new RowError(`法人番号「${digits}」は13桁の数字ではありません`);
  return { value: digits, valid: isValidCorporateNumber(digits) };
}

function postalCodeOf(raw: string | undefined): string | null {
  const digits = normalizeText(raw ?? '').replace(/[^\d]/g, '');
  return digits.length === 7 ? `${digits.slice(0, 3)}-${digits.slice(3)}` : null;
}

function certificationOf(
  cells: readonly string[],
): Pick<ParsedNpo, 'certificationKind' | 'certificationStartOn' | 'certificationEndOn' | 'certificationRevokedOn'> {
  let kind: CertificationKindValue | null = null;
  if (isFlag(cells[C.certifiedNpo])) kind = 'CERTIFIED';
  else if (isFlag(cells[C.specialCertifiedNpo])) kind = 'SPECIAL_CERTIFIED';
  if (kind === 'SPECIAL_CERTIFIED') {
    return {
      certificationKind: kind,
      certificationStartOn: parseOpenDataDate(cells[C.specialCertificationStart], '特例認定年月日'),
      certificationEndOn: parseOpenDataDate(cells[C.specialCertificationEnd], '特例認定満了日'),
      certificationRevokedOn: parseOpenDataDate(cells[C.specialCertificationRevoked], '特例認定取消日'),
    };
  }
  const startOn = parseOpenDataDate(cells[C.certificationStart], '認定開始日');
  return {
    // A start date without the flag still means the NPO was certified (the flag is sometimes left out).
    certificationKind: kind ?? (startOn ? 'CERTIFIED' : null),
    certificationStartOn: startOn,
    certificationEndOn: parseOpenDataDate(cells[C.certificationEnd], '認定満了日'),
    certificationRevokedOn: parseOpenDataDate(cells[C.certificationRevoked], '認定取消日'),
  };
}

/**
 * One data row → a normalised NPO, or a rejection with the reason in plain Japanese.
 * `rowNumber` is the row as a spreadsheet shows it (the header is row 1).
 */
export function parseOpenDataRow(cells: readonly string[], rowNumber: number): OpenDataRowResult {
  const name = emptyToNull(cleanText(cells[C.name] ?? ''));
  try {
    if (cells.length !== OPEN_DATA_COLUMNS.length) {
      throw new RowError(`列の数が${cells.length}です（${OPEN_DATA_COLUMNS.length}列のはずです）`);
    }
    if (!name) throw new RowError('法人名称が空です');
    const jurisdiction = emptyToNull(normalizeText(cells[C.jurisdiction]));
    if (!jurisdiction) throw new RowError('所轄庁が空です');
    const corporate = corporateNumberOf(cells[C.corporateNumber]);
    const address = parseAddress(cells[C.mainOfficeAddress] ?? '', jurisdiction);
    const dissolution = emptyToNull(cleanText(cells[C.dissolution]));
    const supervision = emptyToNull(cleanText(cells[C.supervision]));
    const fields: number[] = [];
    for (let field = 1; field <= 20; field++) {
      if (isFlag(cells[C.firstActivityField + field - 1])) fields.push(field);
    }
    const npo: ParsedNpo = {
      corporateNumber: corporate.value,
      corporateNumberValid: corporate.valid,
      name,
      nameKana: emptyToNull(normalizeKana(cells[C.nameKana])),
      jurisdiction,
      delegatedMunicipality: emptyToNull(normalizeText(cells[C.delegatedMunicipality])),
      ...address,
      postalCode: postalCodeOf(cells[C.postalCode]),
      otherOffices: emptyToNull(cleanText(cells[C.otherOffices])),
      representative: emptyToNull(cleanText(cells[C.representative]).replace(/\s+/g, '　')),
      representativeKana: emptyToNull(normalizeKana(cells[C.representativeKana]).replace(/\s+/g, '　')),
      authorizedOn: parseOpenDataDate(cells[C.certifiedOn], '法人設立認証年月日'),
      establishedOn: parseOpenDataDate(cells[C.establishedOn], '設立年月日'),
      purpose: emptyToNull(cleanText(cells[C.purpose])),
      programmes: emptyToNull(cleanText(cells[C.programmes])),
      otherBusiness: emptyToNull(cleanText(cells[C.otherBusiness])),
      fields,
      ...certificationOf(cells),
      supervision,
      dissolution,
      dissolvedOn: leadingDate(dissolution),
      portalUrl: /^https?:\/\//.test((cells[C.portalUrl] ?? '').trim()) ? cells[C.portalUrl].trim() : null,
      fiscalYearStart: emptyToNull(normalizeText(cells[C.fiscalYearStart])),
      fiscalYearEnd: emptyToNull(normalizeText(cells[C.fiscalYearEnd])),
    };
    return { ok: true, rowNumber, npo };
  } catch (error) {
    if (!(error instanceof RowError)) throw error;
    return { ok: false, rowNumber, reason: error.message, name };
  }
}
