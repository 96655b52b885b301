import { defineMessages } from '@tsunagu/shared/api-core';

/**
 * What a list import of companies and university groups answers. A run's rejections and message
 * are stored once for every reader, so they carry both languages: 「…」 / "…".
 */
export const helperListMessages = defineMessages('helperList', {
  empty: { ja: 'ファイルが空です。', en: 'The file is empty.' },
  tooLarge: {
    ja: 'ファイルが大きすぎます（5MBまで）。一覧を分けて取り込んでください。',
    en: 'The file is too large (5 MB at most). Split the list and import each part.',
  },
  notCsv: {
    ja: 'CSVファイルではありません（画像・ZIP・Excel・ウェブページなどは読めません）。Excelでは「CSV UTF-8」で保存してください。',
    en: 'This is not a CSV file (pictures, ZIP, Excel workbooks or web pages cannot be read). In Excel, save as “CSV UTF-8”.',
  },
  unreadable: {
    ja: 'CSVとして読めませんでした。引用符（"）の閉じ忘れがないか、たしかめてください。',
    en: 'The file could not be read as CSV. Check for a quote (") that is never closed.',
  },
  headerMissing: {
    ja: '1行目に見出し（種別・名称・できること など）がありません。見本のCSVと同じ見出しをつけてください。',
    en: 'The first row has no headings (kind, name, what it can do …). Use the headings of the example CSV.',
  },
  tooManyColumns: {
    ja: '列が多すぎます（100列まで）。見本のCSVの列だけにしてください。',
    en: 'Too many columns (100 at most). Keep only the columns of the example CSV.',
  },
  tooManyRows: {
    ja: '行が多すぎます（5,000行まで）。一覧を分けて取り込んでください。',
    en: 'Too many rows (5,000 at most). Split the list and import each part.',
  },
  noRows: { ja: '見出しのほかに行がありません。', en: 'There are no rows below the headings.' },
  rowsRejected: {
    ja: '取り込めない行があったので、どの行も取り込んでいません。下の行を直して、もう一度取り込んでください。',
    en: 'Some rows could not be imported, so no row was imported. Correct the rows below and import the file again.',
  },
  kindMissing: {
    ja: '種別がありません（企業・大学・団体のどれか）。',
    en: 'The kind is missing (company, university or organisation).',
  },
  kindUnknown: {
    ja: '種別は「企業」「大学」「団体」のどれかにしてください。',
    en: 'The kind must be company, university or organisation, written as in the example CSV.',
  },
  kindNpo: {
    ja: 'NPO法人は国の公開データから取り込まれます。この一覧には入れないでください。',
    en: 'NPO corporations come from the national open data; leave them out of this list.',
  },
  nameMissing: { ja: '名称がありません。', en: 'The name is missing.' },
  purposeMissing: {
    ja: '「できること」がありません。何を手伝えるかを書いてください。',
    en: '“What it can do” is missing. Say how it can help.',
  },
  wardUnknown: {
    ja: '区は北九州市の7つの区（門司区・小倉北区・小倉南区・若松区・八幡東区・八幡西区・戸畑区）のどれかにしてください。',
    en: 'The ward must be one of the seven wards of Kitakyushu (Moji, Kokurakita, Kokuraminami, Wakamatsu, Yahatahigashi, Yahatanishi, Tobata).',
  },
  placeMissing: {
    ja: '区か住所のどちらかを書いてください。',
    en: 'Give the ward or the address.',
  },
  fieldUnknown: {
    ja: '分野が読めません。「情報化・まちづくり」のような分野の名前か、1〜20の番号にしてください。',
    en: 'The fields cannot be read. Use the field names of the example CSV, or numbers 1 to 20.',
  },
  corporateNumberInvalid: {
    ja: '法人番号は13けたの数字です。まちがいがないか、もう一度たしかめてください。',
    en: 'A corporate number is 13 digits; please check it again.',
  },
  corporateNumberCompaniesOnly: {
    ja: '法人番号は、企業のときだけ入れてください。',
    en: 'Give a corporate number only for a company.',
  },
  websiteInvalid: {
    ja: 'ウェブサイトは https:// か http:// ではじまるアドレスにしてください。',
    en: 'The website must be an address starting with https:// or http://.',
  },
  cellTooLong: {
    ja: '長すぎる欄があります（1つの欄は2,000文字まで）。',
    en: 'A cell is too long (2,000 characters at most).',
  },
  duplicateRow: {
    ja: '同じ団体がこの一覧の前の行にもあります。1行にまとめてください。',
    en: 'The same helper is on an earlier row of this list. Keep one row for it.',
  },
  failed: {
    ja: '取り込みに失敗しました。データは取り込み前のままです。時間をおいてもう一度お試しください。',
    en: 'The import failed. Nothing was changed. Please try again later.',
  },
  alreadyRunning: {
    ja: '別の取り込みが実行中です。終わってから、もう一度お試しください。',
    en: 'Another import is running. Please try again when it has finished.',
  },
  ignoredColumns: {
    ja: '知らない列は読みませんでした：',
    en: 'Columns not read (unknown headings): ',
  },
});

/** Both languages in one stored text: the run is read by staff of either language. */
export function bilingual(message: { ja: string; en: string }, suffix = ''): string {
  return `${message.ja}${suffix} / ${message.en}${suffix}`;
}
