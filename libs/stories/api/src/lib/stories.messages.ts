import { defineMessages } from '@tsunagu/shared/api-core';

/** Refusals of good examples (好事例). */
export const storiesMessages = defineMessages('stories', {
  needNotFound: { ja: 'その募集は見つかりません。', en: 'Need not found.' },
  storyNotFound: { ja: 'その好事例は見つかりません。', en: 'Good example not found.' },
  notAParty: {
    ja: '好事例を書けるのは、募集した団体と、お手伝いした団体の方だけです。',
    en: 'Only the group that posted the need and the helper it accepted may write this good example.',
  },
  needNotDone: {
    ja: '好事例を書けるのは、終わった募集だけです。募集を「完了」にしてから書いてください。',
    en: 'A good example can only be written for a finished need. Please mark the need as done first.',
  },
  noHelper: {
    ja: 'この募集には、申し出を受けたお手伝いの団体がありません。好事例は、団体とお手伝いの両方で書きます。',
    en: 'No helper’s offer was accepted on this need. A good example is written by the group and its helper together.',
  },
  whatHappenedMissing: {
    ja: '「どんなことをしたか」を書いてください。',
    en: 'Please write what happened.',
  },
  textTooLong: {
    ja: '{max}文字までにしてください。',
    en: 'Please keep it to {max} characters.',
  },
  moderateNotAllowed: {
    ja: '好事例を公開するか決められるのは、市の担当者だけです。',
    en: 'Only the city’s staff may decide on good examples.',
  },
  notAwaiting: {
    ja: 'この好事例は、いま確認を待っていません（両方の同意がまだか、もう決まっています）。',
    en: 'This good example is not waiting for review (consent is missing on one side, or it was already decided).',
  },
  reasonMissing: {
    ja: '公開しない理由を書いてください。書いた団体の方に伝わります。',
    en: 'Please write why it is not published. The two parties will read it.',
  },
  photoMissing: { ja: '写真を選んでください。', en: 'Please choose a photo.' },
  photoBeforeText: {
    ja: '先に「どんなことをしたか」を書いて保存してから、写真を選んでください。',
    en: 'Please write and save what happened first, then choose a photo.',
  },
  photoNotFound: { ja: '写真はありません。', en: 'There is no photo.' },
});
