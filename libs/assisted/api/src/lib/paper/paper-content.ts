/**
 * What every printed paper is made of once the records are read: a header and blocks of lines.
 * Builders (pure) produce it; the drawing draws it, keeping each block on one page when it can.
 */
export interface PaperLine {
  readonly text: string;
  /** bold: what the reader must not miss (a name to call, a phone number) */
  readonly strong?: boolean;
  /** indented under the line before it (a helper's words under the helper's name) */
  readonly indent?: boolean;
}

export interface PaperBlock {
  readonly heading?: string;
  readonly lines: readonly PaperLine[];
  /** a framed block: what to do next, whom to call */
  readonly boxed?: boolean;
}

export interface PaperContent {
  /** the small line above the title: who sends it */
  readonly from: string;
  readonly title: string;
  readonly printedOn: string;
  readonly intro?: string;
  readonly blocks: readonly PaperBlock[];
  /** printed at the foot of every page: whom to call */
  readonly footer: string;
}

export interface CentreFacts {
  readonly name: string;
  readonly phone: string | null;
}

/** 「黒崎市民センター（電話 093-600-0000）」, or the name alone when the centre has no phone on record. */
export const centreWithPhone = (centre: CentreFacts) =>
  centre.phone ? `${centre.name}（電話 ${centre.phone}）` : centre.name;

export const footerOf = (centre: CentreFacts) => `わからないことは、${centreWithPhone(centre)}へ。`;
