export type CertificationKindValue = 'CERTIFIED' | 'SPECIAL_CERTIFIED';

/** One NPO as read from a row of the open data, normalised; what the importer stores. */
export interface ParsedNpo {
  corporateNumber: string | null;
  /** false when the number is present but its check digit is wrong (the row is kept) */
  corporateNumberValid: boolean;
  name: string;
  nameKana: string | null;
  jurisdiction: string;
  delegatedMunicipality: string | null;
  prefecture: string | null;
  city: string | null;
  ward: string | null;
  address: string | null;
  postalCode: string | null;
  otherOffices: string | null;
  representative: string | null;
  representativeKana: string | null;
  /** ISO dates (YYYY-MM-DD) */
  authorizedOn: string | null;
  establishedOn: string | null;
  purpose: string | null;
  programmes: string | null;
  otherBusiness: string | null;
  fields: number[];
  certificationKind: CertificationKindValue | null;
  certificationStartOn: string | null;
  certificationEndOn: string | null;
  certificationRevokedOn: string | null;
  supervision: string | null;
  dissolution: string | null;
  dissolvedOn: string | null;
  portalUrl: string | null;
  fiscalYearStart: string | null;
  fiscalYearEnd: string | null;
}

export type OpenDataRowResult =
  | { readonly ok: true; readonly rowNumber: number; readonly npo: ParsedNpo }
  | { readonly ok: false; readonly rowNumber: number; readonly reason: string; readonly name: string | null };
