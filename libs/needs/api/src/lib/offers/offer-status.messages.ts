import { defineMessages } from '@tsunagu/shared/api-core';

/**
 * What an offer's reply deadline means, as the group, the NPO and staff read it on the offer:
 * plain words, Japanese first, always with what happens next.
 */
export const offerStatusWords = defineMessages('offerStatus', {
  remindedGroup: {
    ja: 'まだお返事していません。{date}までにお返事がなければ、この申し出は終わりになります。',
    en: 'You have not answered yet. If there is no answer by {date}, this offer will close.',
  },
  remindedNpo: {
    ja: '団体に、お返事をお願いしました。{date}までにお返事がなければ、この申し出は終わりになります。',
    en: 'The group was reminded to answer. If there is no answer by {date}, this offer will close.',
  },
  remindedStaff: {
    ja: '団体が、まだ返事をしていません。{date}までに返事がなければ、この申し出は終わりになります。',
    en: 'The group has not answered yet. If there is no answer by {date}, this offer will close.',
  },
  noReplyGroup: {
    ja: '期限の{date}までにお返事がなかったので、この申し出は終わりになりました。この募集には、ほかのNPOからも申し出を受けられます。',
    en: 'There was no answer by {date}, so this offer closed. Other NPOs can still offer help on this need.',
  },
  noReplyNpo: {
    ja: '団体からのお返事がないまま、期限になりました。ほかの募集にも申し出てみてください。',
    en: 'The group did not answer in time, so this offer closed. Please try offering on other needs.',
  },
  noReplyStaff: {
    ja: '団体が期限の{date}までに返事をしなかったので、この申し出は終わりました。',
    en: 'The group did not answer by {date}, so this offer closed.',
  },
  needClosed: {
    ja: '募集が終わったので、この申し出も終わりになりました。',
    en: 'The need is closed, so this offer closed too.',
  },
});
