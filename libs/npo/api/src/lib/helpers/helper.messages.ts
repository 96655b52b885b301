import { defineMessages } from '@tsunagu/shared/api-core';

/** What registering, creating, verifying and refusing a helper of another kind answers. */
export const helperMessages = defineMessages('helpers', {
  npoKindRefused: {
    ja: 'NPO法人は、国の公開データからもう載っています。「NPOをさがす」で法人を見つけて、「この法人の者です」から登録してください。',
    en: 'NPO corporations are already listed from the open data. Find yours under “Find NPOs” and claim it there.',
  },
  nameTakenCOMPANY: {
    ja: '同じ名前の企業がもう登録されています。その企業のページから「この団体の者です」でメンバーになるか、市の担当者にお問い合わせください。',
    en: 'A company with the same name is already registered. Join it from its page or ask the city office.',
  },
  nameTakenUNIVERSITY: {
    ja: '同じ名前の大学のグループがもう登録されています。そのページから「この団体の者です」でメンバーになるか、市の担当者にお問い合わせください。',
    en: 'A university group with the same name is already registered. Join it from its page or ask the city office.',
  },
  nameTakenOTHER: {
    ja: '同じ名前の団体がもう登録されています。その団体のページから「この団体の者です」でメンバーになるか、市の担当者にお問い合わせください。',
    en: 'An organisation with the same name is already registered. Join it from its page or ask the city office.',
  },
  corporateNumberTaken: {
    ja: 'この法人番号の企業はもう登録されています。その企業のページから「この団体の者です」でメンバーになってください。',
    en: 'A company with this corporate number is already registered. Join it from its page instead.',
  },
  corporateNumberInvalid: {
    ja: '法人番号は13けたの数字です。まちがいがないか、もう一度たしかめてください。',
    en: 'A corporate number is 13 digits; please check it again.',
  },
  corporateNumberCompaniesOnly: {
    ja: '法人番号は、企業のときだけ入れてください。',
    en: 'Enter a corporate number only for a company.',
  },
  placeMissing: {
    ja: '区か住所のどちらかを入れてください。',
    en: 'Please give the ward or the address.',
  },
  tooManyRegistrations: {
    ja: '団体の登録が多すぎます。{minutes}分後にもう一度お試しください。',
    en: 'Too many registrations. Please try again in {minutes} minutes.',
  },
  notFound: { ja: 'その団体は見つかりません。', en: 'Organisation not found.' },
  notPending: {
    ja: 'この団体は、もう確認が終わっています。',
    en: 'This organisation has already been decided.',
  },
  refusalReasonMissing: {
    ja: '確認できない理由を書いてください（500文字まで）。',
    en: 'Please write why it cannot be confirmed (up to 500 characters).',
  },
});
