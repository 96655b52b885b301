import { defineMessages } from '@tsunagu/shared/api-core';

/** Refusals of the city's bridge to NPOs: introduction requests, contacts, letters, claim codes. */
export const outreachMessages = defineMessages('outreach', {
  notAllowed: { ja: 'この操作はできません。', en: 'You may not do this.' },
  npoNotFound: { ja: 'そのNPOは見つかりません。', en: 'NPO not found.' },
  needNotFound: { ja: 'その募集は見つかりません。', en: 'Need not found.' },
});
