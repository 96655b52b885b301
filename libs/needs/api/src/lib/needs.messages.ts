import { defineMessages } from '@tsunagu/shared/api-core';

/** Refusals of the needs domain: needs, offers and their conversations. */
export const needMessages = defineMessages('needs', {
  notAllowed: { ja: 'この操作はできません。', en: 'You may not do this.' },
  needNotFound: { ja: 'その募集は見つかりません。', en: 'Need not found.' },
  groupNotFound: { ja: 'その団体は見つかりません。', en: 'Group not found.' },
  offerNotFound: { ja: 'その申し出は見つかりません。', en: 'Offer not found.' },
  npoNotFound: { ja: 'そのNPOは見つかりません。', en: 'NPO not found.' },
  notGroupMember: {
    ja: 'この団体の募集は書けません。団体のメンバーになってください。',
    en: 'Only members of the group may post its needs.',
  },
  groupRefusedWrite: {
    ja: 'この団体は市に登録を認められていないため、募集を書けません。区役所の担当にお問い合わせください。',
    en: 'The city did not accept this group, so it cannot write needs. Please ask the ward office.',
  },
  groupRefusedEdit: {
    ja: 'この団体は市に登録を認められていないため、募集を書きかえられません。区役所の担当にお問い合わせください。',
    en: 'The city did not accept this group, so it cannot change its needs. Please ask the ward office.',
  },
  groupRefusedPublish: {
    ja: 'この団体は市に登録を認められていないため、募集を公開できません。区役所の担当にお問い合わせください。',
    en: 'The city did not accept this group, so it cannot publish needs. Please ask the ward office.',
  },
  groupUnverifiedDraftSaved: {
    ja: '団体の確認がすむまで、募集は公開できません。下書きとして保存しました。',
    en: 'A need can be published once the group is verified. It was saved as a draft.',
  },
  groupUnverifiedDraftKept: {
    ja: '団体の確認がすむまで、募集は公開できません。下書きはそのまま残っています。',
    en: 'A need can be published once the group is verified. The draft is kept as it was.',
  },
  needClosed: { ja: '終わった募集は書きかえられません。', en: 'This need is closed.' },
  notPossibleFrom: { ja: '今の状態（{status}）からは変えられません。', en: 'Not possible from {status}.' },
  publishTitle: { ja: 'タイトルを4文字以上で書いてください', en: 'Please write a title of at least 4 characters.' },
  publishDescription: {
    ja: 'どんなことを手伝ってほしいか、10文字以上で書いてください',
    en: 'Please describe the help you need in at least 10 characters.',
  },
  publishFields: { ja: '活動分野を1つ以上選んでください', en: 'Please choose at least one field of activity.' },
  publishHelpKind: { ja: 'してほしいことを選んでください', en: 'Please choose the kind of help you need.' },
  publishWard: { ja: '区を選んでください', en: 'Please choose a ward.' },
  publishPeopleOutOfRange: {
    ja: '人数は{min}人から{max}人までにしてください',
    en: 'Please give a number of people from {min} to {max}.',
  },
  publishStartsOnPast: { ja: '日にちが過ぎています', en: 'That day has passed.' },
  publishEndsBeforeStart: {
    ja: '終わりの日は、始まりの日より後にしてください',
    en: 'Please make the last day later than the first day.',
  },
  publishDeadlinePast: {
    ja: '締め切り日が過ぎています。先の日にしてください',
    en: 'The closing date has passed. Please choose a later day.',
  },
  publishDeadlineAfterActivity: {
    ja: '締め切り日は、活動の日より前にしてください',
    en: 'Please make the closing date earlier than the day of the activity.',
  },
  helperNotVerified: {
    ja: '市がまだこの団体を確認していないため、この団体として申し出ることはできません。',
    en: 'The city has not confirmed this organisation yet, so it cannot offer help in its name.',
  },
  notNpoMember: {
    ja: 'この団体として申し出ることはできません。申し出るには、その団体のページのメンバーになってください。',
    en: 'Only members who look after this helper’s page may offer in its name.',
  },
  offerMessageLength: {
    ja: 'どんなお手伝いができるか、10文字以上2000文字までで書いてください',
    en: 'Please describe the help you can give in 10 to 2000 characters.',
  },
  needTakesNoOffers: { ja: 'この募集は、もう申し出を受け付けていません。', en: 'This need no longer takes offers.' },
  alreadyOffered: { ja: 'この団体は、もうこの募集に申し出ています。', en: 'This helper already offered.' },
  groupRefusedAccept: {
    ja: 'この団体は市に登録を認められていないため、申し出を受けられません。区役所の担当にお問い合わせください。',
    en: 'The city did not accept this group, so it cannot take up offers. Please ask the ward office.',
  },
  offerAnswered: { ja: 'この申し出には、もう返事をしています。', en: 'This offer was already answered.' },
  // An offer the group did not answer by its deadline closed (offers/offer-reminders.job.ts).
  offerExpired: {
    ja: 'この申し出は、お返事の期限が過ぎたので終わりました。この団体の力を借りたいときは、市の担当者に相談してください。',
    en: 'This offer closed because it was not answered in time. To work with this helper, please ask the city’s staff.',
  },
  offerExpiredWithdraw: {
    ja: 'この申し出は、団体からのお返事がないまま期限になったので、もう終わっています。',
    en: 'This offer already closed: the group did not answer in time.',
  },
  withdrawAfterAnswer: {
    ja: '返事のあとは取り下げられません。メッセージで相談してください。',
    en: 'Only a pending offer can be withdrawn.',
  },
  messageLength: { ja: 'メッセージを4000文字までで書いてください', en: 'Please keep the message to 4000 characters.' },
  cannotWriteOnOffer: { ja: 'この申し出には、もうメッセージを送れません。', en: 'You cannot write on this offer.' },
  inviteOnlyOpen: { ja: '募集中の困りごとにだけ、申し出をお願いできます。', en: 'Only an open need can invite.' },
  npoNotHere: {
    ja: 'このNPOは、まだ「つなぐ」にアカウントがありません。募集のページの「申し出をお願いする」からお願いすると、市の担当者がNPOにお伝えします。',
    en: 'This NPO has no account here yet. Ask it with “Ask to offer” on the need’s page, and the city’s staff will pass your request on.',
  },
  searchUnavailable: {
    ja: '検索が一時的に使えません。しばらくしてから、もう一度お試しください。',
    en: 'Search is temporarily unavailable.',
  },
});
