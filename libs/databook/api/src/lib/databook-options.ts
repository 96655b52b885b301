/** What staff choose for a data book. */
export interface DataBookOptions {
  readonly wards?: readonly string[];
  readonly fields?: readonly number[];
  readonly certifiedOnly?: boolean;
  readonly claimedOnly?: boolean;
  readonly groupBy: 'field' | 'ward';
  readonly withContacts?: boolean;
  /** after the NPOs, a section of the city's verified companies, university groups and other helpers */
  readonly includeOtherHelpers?: boolean;
  readonly pageSize?: 'A4' | 'A5';
  /** edition year on the cover, e.g. 2026 */
  readonly editionYear: number;
  readonly title?: string;
  readonly issuer?: string;
}

/** One NPO as the book prints it. */
export interface BookEntry {
  readonly id: string;
  /** COMPANY, UNIVERSITY or OTHER for the other helpers' section; absent or 'NPO' for an NPO */
  readonly kind?: string;
  readonly name: string;
  readonly nameKana: string | null;
  readonly ward: string | null;
  readonly address: string | null;
  readonly representative: string | null;
  readonly establishedOn: string | null;
  readonly fields: readonly number[];
  /** the NPO's own introduction when it agreed to print it, else its purpose */
  readonly description: string;
  readonly descriptionIsOwn: boolean;
  readonly helpKinds: readonly string[];
  /** only when the NPO agreed and the book is made with contacts */
  readonly contact: string | null;
  readonly certified: boolean;
  readonly pageUrl: string;
}

/** A published good example (好事例) as the book's section of them prints it: public words only. */
export interface BookStory {
  readonly id: string;
  readonly title: string;
  /** 「黒崎三丁目自治会（八幡西区）と NPO法人 …」 */
  readonly byline: string;
  readonly groupText: string | null;
  readonly helperText: string | null;
  readonly pageUrl: string;
}

/** The kind of a helper that is no NPO, as the book prints it. */
export const OTHER_HELPER_KIND_JA: Readonly<Record<string, string>> = {
  COMPANY: '企業',
  UNIVERSITY: '大学のゼミ・サークル',
  OTHER: '団体',
};
