import { defineMessages } from '@tsunagu/shared/api-core';

/** What assisted mode answers when it refuses: centre desks, consent, takeover codes, paper replies. */
export const assistedMessages = defineMessages('assisted', {
  notYourCentre: {
    ja: 'この市民センターの仕事はできません。担当のセンターを選んでください。',
    en: 'You do not work at this community centre. Please choose your own centre.',
  },
  centreNotFound: { ja: '市民センターが見つかりません。', en: 'The community centre was not found.' },
  groupNotAssisted: {
    ja: 'この団体は代理入力の団体ではありません（役員の方が自分で使っています）。',
    en: 'This group is not assisted (its officer uses the service themself).',
  },
  consentDateInFuture: {
    ja: '同意をもらった日が、今日より後になっています。',
    en: 'The date of consent is later than today.',
  },
  takeoverCodeUnusable: {
    ja: 'この番号は使えません（番号が違うか、期限が切れたか、もう使われています）。市民センターにお問い合わせください。',
    en: 'This number cannot be used (it is wrong, has expired or was already used). Please ask your community centre.',
  },
  takeoverTooManyWrong: {
    ja: '番号の間違いが多すぎます。{minutes}分後にもう一度お試しください。',
    en: 'Too many wrong numbers. Please try again in {minutes} minutes.',
  },
  offerNotOfCentre: {
    ja: 'この申し出は、このセンターが代理をしている団体のものではありません。',
    en: 'This offer is not for a group this centre acts for.',
  },
  replyNeedsMessage: {
    ja: '伝言の内容を書いてください。',
    en: 'Please write down the message.',
  },
  groupNotFound: { ja: '団体が見つかりません。', en: 'The group was not found.' },
  paperOfferNotFound: { ja: '申し出が見つかりません。', en: 'The offer was not found.' },
  offerNotAccepted: {
    ja: '連絡票は、申し出を受けたあとに印刷できます（この申し出はまだ受けていません）。',
    en: 'A contact slip can be printed once the offer is accepted (this offer is not accepted).',
  },
  weekNotADay: {
    ja: '週の日付は 2026-12-07 のように書いてください。',
    en: 'Please give the week as a date such as 2026-12-07.',
  },
});
