import { defineMessages } from '@tsunagu/shared/api-core';

/**
 * What a list import of companies and university groups says: why a file is refused, why a row
 * is rejected, and what a finished run noticed. Rejections are stored by key and read out in the
 * caller's language.
 */
export const helperListMessages = defineMessages('helperList', {
  empty: { ja: 'ファイルが空です。', en: 'The file is empty.' },
  tooBig: {
    ja: 'ファイルが大きすぎます（{megabytes}MBまで）。',
    en: 'The file is too big (up to {megabytes} MB).',
  },
  zip: {
    ja: 'ZIPファイルは取り込めません。CSVファイルを選んでください。',
    en: 'A ZIP file cannot be imported. Please choose a CSV file.',
  },
  binary: {
    ja: 'CSVファイルではないようです（文字ではないデータが入っています）。CSVで保存したファイルを選んでください。',
    en: 'This does not look like a CSV file (it holds data that is not text). Please choose a file saved as CSV.',
  },
  html: {
    ja: 'ウェブページ（HTML）のようです。CSVで保存したファイルを選んでください。',
    en: 'This looks like a web page (HTML). Please choose a file saved as CSV.',
  },
  unreadableCsv: {
    ja: 'CSVとして読めませんでした（{detail}）。',
    en: 'The file could not be read as CSV ({detail}).',
  },
  noHeader: {
    ja: '1行目に列の名前（種別・名称・できること など）がありません。見本のCSVと同じ1行目にしてください。',
    en: 'The first row does not name the columns (kind, name, canDo …). Please start the file with the same first row as the example CSV.',
  },
  missingColumns: {
    ja: '必要な列がありません: {columns}。',
    en: 'Required columns are missing: {columns}.',
  },
  tooManyColumns: {
    ja: '列が多すぎます（{max}列まで）。',
    en: 'There are too many columns (up to {max}).',
  },
  tooManyRows: {
    ja: '行が多すぎます（{max}行まで）。ファイルを分けて取り込んでください。',
    en: 'There are too many rows (up to {max}). Please split the file.',
  },
  noRows: { ja: '1行目のあとに団体の行がありません。', en: 'There are no rows after the first row.' },
  refusedRows: {
    ja: '{count}行に問題があったため、何も取り込んでいません。行ごとの理由を直して、もう一度取り込んでください。',
    en: '{count} rows have problems, so nothing was imported. Please fix each row and import the file again.',
  },
  ignoredColumns: {
    ja: '知らない列は読み飛ばしました: {columns}。',
    en: 'Unknown columns were skipped: {columns}.',
  },
  notRemoved: {
    ja: '前の一覧にあってこの一覧にない団体は、そのまま残しています。',
    en: 'Helpers that were on an earlier list but not on this one are kept as they are.',
  },
  alreadyRunning: {
    ja: '別の取り込みが実行中です。終わってから、もう一度お試しください。',
    en: 'Another import is running. Please try again when it has finished.',
  },
  failed: {
    ja: '取り込みに失敗しました。データは取り込み前のままです。時間をおいてもう一度お試しください。',
    en: 'The import failed. Nothing was changed. Please try again later.',
  },
  // row rejections
  kindMissing: {
    ja: '種別が空です（企業・大学・団体のどれかを書いてください）。',
    en: 'The kind is empty: write COMPANY, UNIVERSITY or OTHER.',
  },
  kindUnknown: {
    ja: '種別「{value}」はわかりません（企業・大学・団体のどれかを書いてください）。',
    en: 'The kind “{value}” is not known: write COMPANY, UNIVERSITY or OTHER.',
  },
  kindNpo: {
    ja: 'NPO法人は一覧から取り込めません（NPO法人は公開データから取り込みます）。',
    en: 'NPO corporations cannot come from a list (they come from the open data).',
  },
  nameMissing: { ja: '名称が空です。', en: 'The name is empty.' },
  purposeMissing: {
    ja: 'できることが空です（どんな手伝いができるかを書いてください）。',
    en: 'What it can do (canDo) is empty.',
  },
  wardUnknown: {
    ja: '区「{value}」は北九州市の区ではありません（門司区・小倉北区・小倉南区・若松区・八幡東区・八幡西区・戸畑区）。',
    en: 'The ward “{value}” is not a ward of Kitakyushu.',
  },
  wardMissing: {
    ja: '区が空です。区か、区の入った住所を書いてください。',
    en: 'The ward is empty: write the ward, or an address with the ward in it.',
  },
  wardNotInAddress: {
    ja: '住所から区がわかりません。区の列に書いてください。',
    en: 'The ward cannot be read from the address: write it in the ward column.',
  },
  fieldUnknown: {
    ja: '分野「{value}」はわかりません（「まちづくり」などの名前か、1〜20の番号で書いてください）。',
    en: 'The field “{value}” is not known: use a short field name as in the example, or a number from 1 to 20.',
  },
  corporateNumberShape: {
    ja: '法人番号は13桁の数字です（「{value}」）。',
    en: 'A corporate number has 13 digits (“{value}”).',
  },
  corporateNumberCheck: {
    ja: '法人番号「{value}」は正しくありません（チェック用の数字が合いません）。',
    en: 'The corporate number “{value}” is not valid (its check digit does not match).',
  },
  corporateNumberIsNpo: {
    ja: '法人番号「{value}」はNPO法人のものです（NPO法人は公開データから取り込みます）。',
    en: 'The corporate number “{value}” belongs to an NPO corporation (NPOs come from the open data).',
  },
  websiteInvalid: {
    ja: 'ウェブサイトは http:// か https:// で始まるアドレスにしてください。',
    en: 'The website must be an address starting with http:// or https://.',
  },
  cellTooLong: {
    ja: '{column}が長すぎます（{max}文字まで）。',
    en: 'The column {column} is too long (up to {max} characters).',
  },
  cellBroken: {
    ja: '{column}に使えない文字があります（文字化けしているかもしれません）。',
    en: 'The column {column} holds characters that cannot be stored (the text may be garbled).',
  },
  duplicateRow: {
    ja: '同じ団体が{row}行目にもあります。',
    en: 'The same helper is also on row {row}.',
  },
  keyTakenByOther: {
    ja: '法人番号の団体と、名称・区が同じ別の団体があります。どちらの団体か確かめてください。',
    en: 'The corporate number and the name with ward point to two different helpers. Please check which one this is.',
  },
});
