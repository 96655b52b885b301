/**
 * Kinds of help a need asks for and an NPO offers (the needs form and the NPO profile use the
 * same list, so matching can compare them).
 */
export const HELP_KINDS = [
  { id: 'VOLUNTEERS', labelJa: '当日のお手伝い（ボランティア）', labelEn: 'Volunteers on the day' },
  { id: 'ADVICE', labelJa: 'やり方の相談・アドバイス', labelEn: 'Know-how and advice' },
  { id: 'LECTURER', labelJa: '講師・先生', labelEn: 'Lecturer or instructor' },
  { id: 'CO_ORGANISING', labelJa: '行事をいっしょに開く', labelEn: 'Co-organising an event' },
  { id: 'EQUIPMENT', labelJa: '道具・備品の貸し出し', labelEn: 'Lending equipment' },
  { id: 'OTHER', labelJa: 'その他', labelEn: 'Other' },
] as const;

export type HelpKindId = (typeof HELP_KINDS)[number]['id'];

export const HELP_KIND_IDS: readonly HelpKindId[] = HELP_KINDS.map((k) => k.id);
