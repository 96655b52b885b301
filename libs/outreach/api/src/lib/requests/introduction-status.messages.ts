import { defineMessages } from '@tsunagu/shared/api-core';

/**
 * The status of an introduction request as the group (and staff, and the NPO) read it: plain
 * words, Japanese first. Never an error: every status says what happens next.
 */
export const introductionStatusWords = defineMessages('outreachStatus', {
  labelWaiting: {
    ja: '市の担当者がNPOにお伝えします',
    en: 'The city’s staff will pass your request on to the NPO',
  },
  labelForwarded: { ja: 'お伝えしました', en: 'Passed on to the NPO' },
  labelAnswered: { ja: '返事がありました', en: 'The NPO answered' },
  labelNoReply: { ja: '返事がありません', en: 'No answer' },
  labelDeclined: { ja: '今回はお手伝いできないそうです', en: 'The NPO cannot help this time' },
  labelNeedClosed: { ja: '募集が終わりました', en: 'The need is closed' },
  nextWaiting: {
    ja: '市の担当者が、NPOに手紙や電話でお伝えします。NPOから申し出があると、お知らせが届きます。',
    en: 'The city’s staff will tell the NPO by letter or phone. You will get a notification when the NPO offers help.',
  },
  nextForwardedMembers: {
    ja: 'NPOのメンバーにお知らせしました。NPOから申し出があると、お知らせが届きます。',
    en: 'The NPO’s members were told. You will get a notification when the NPO offers help.',
  },
  nextForwardedLetter: {
    ja: '市の担当者が、NPOに手紙を送りました。NPOから申し出があると、お知らせが届きます。',
    en: 'The city’s staff sent the NPO a letter. You will get a notification when the NPO offers help.',
  },
  nextForwardedMail: {
    ja: '市の担当者が、NPOにメールを送りました。NPOから申し出があると、お知らせが届きます。',
    en: 'The city’s staff sent the NPO an email. You will get a notification when the NPO offers help.',
  },
  nextForwardedPhone: {
    ja: '市の担当者が、NPOに電話でお伝えしました。NPOから申し出があると、お知らせが届きます。',
    en: 'The city’s staff told the NPO by phone. You will get a notification when the NPO offers help.',
  },
  nextReminded: {
    ja: 'NPOから、まだ返事がありません。市の担当者が、もう一度NPOに連絡します。{date}までに返事がなければ、このお願いは終わりにします。',
    en: 'The NPO has not answered yet. The city’s staff will contact it again. If there is no answer by {date}, this request will close.',
  },
  nextAnswered: {
    ja: 'NPOから申し出がありました。申し出を読んで、お願いするかどうかを決めてください。',
    en: 'The NPO offered help. Please read the offer and decide whether to accept it.',
  },
  nextAskAnother: {
    ja: 'ほかのおすすめのNPOにもお願いできます。市の担当者にも相談できます。',
    en: 'You can ask another suggested NPO, or talk to the city’s staff.',
  },
  nextNeedClosed: {
    ja: '募集が終わったので、このお願いも終わりました。',
    en: 'The need is closed, so this request is closed too.',
  },
});
