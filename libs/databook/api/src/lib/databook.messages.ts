import { defineMessages } from '@tsunagu/shared/api-core';

/** The data book's refusals, in both languages (worded in the caller's). */
export const dataBookMessages = defineMessages('databook', {
  notFound: { ja: 'そのデータブックは見つかりません。', en: 'Data book not found.' },
  notReady: { ja: 'そのデータブックはまだできていません。', en: 'That data book is not ready yet.' },
});

/** The words of a data book's one-line summary (the list of books, the staff desk). */
export const dataBookSummaryWords = defineMessages('databookSummary', {
  edition: { ja: '{year}年版', en: '{year} edition' },
  byWard: { ja: '区ごと', en: 'by ward' },
  byField: { ja: '活動分野ごと', en: 'by field' },
  allWards: { ja: '全区', en: 'all wards' },
  certifiedOnly: { ja: '認定のみ', en: 'certified only' },
  claimedOnly: { ja: '登録済みNPOのみ', en: 'NPOs with an account only' },
  withContacts: { ja: '連絡先あり', en: 'with contacts' },
  otherHelpers: { ja: '企業・大学などの協力者も', en: 'with companies, universities and others' },
});
