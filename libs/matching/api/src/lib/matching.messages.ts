import { defineMessages } from '@tsunagu/shared/api-core';

/** Refusals of the matching domain. */
export const matchingMessages = defineMessages('matching', {
  notAllowed: { ja: 'この操作はできません。', en: 'You may not do this.' },
  npoNotFound: { ja: 'そのNPOは見つかりません。', en: 'NPO not found.' },
});
