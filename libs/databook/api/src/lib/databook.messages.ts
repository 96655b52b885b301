import { defineMessages } from '@tsunagu/shared/api-core';

/** The data book's refusals, in both languages (worded in the caller's). */
export const dataBookMessages = defineMessages('databook', {
  notFound: { ja: 'そのデータブックは見つかりません。', en: 'Data book not found.' },
  notReady: { ja: 'そのデータブックはまだできていません。', en: 'That data book is not ready yet.' },
});
