import { defineMessages } from '@tsunagu/shared/api-core';

/** Refusals of the matching domain. */
export const matchingMessages = defineMessages('matching', {
  npoNotFound: { ja: 'そのNPOは見つかりません。', en: 'NPO not found.' },
});
