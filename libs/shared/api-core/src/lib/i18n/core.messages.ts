import { defineMessages } from './message-catalogue';

/** Messages of the transport layer itself, shared by every domain. */
export const coreMessages = defineMessages('core', {
  internal: {
    ja: 'サーバーで問題が起きました。時間をおいてもう一度お試しください。',
    en: 'Something went wrong on the server. Please try again later.',
  },
  badCharacters: {
    ja: '入力の内容を確かめてください。使えない文字か、正しくない形の値が含まれています。',
    en: 'Please check the input: it contains a character or a value in a form that cannot be used.',
  },
  nulCharacter: {
    ja: '入力の内容を確かめてください（{field}: 使えない文字（NUL）が含まれています）。',
    en: 'Please check the input ({field}: it contains a character that cannot be used (NUL)).',
  },
  invalidInput: {
    ja: '入力の内容を確かめてください（{field}: {detail}）',
    en: 'Please check the input ({field}: {detail}).',
  },
  forbidden: { ja: 'この操作はできません。', en: 'You may not do this.' },
  malformedId: {
    ja: '入力の内容を確かめてください（{field}: 正しい形のIDではありません）。',
    en: 'Please check the input ({field}: this is not a valid ID).',
  },
  queryTooDeep: {
    ja: '問い合わせが深すぎます（深さ {depth} / {maxDepth}）。分けて送ってください。',
    en: 'The query is nested too deeply (depth {depth} of {maxDepth}). Please send it in parts.',
  },
  queryTooCostly: {
    ja: '一度に頼む内容が多すぎます。分けて送ってください。',
    en: 'This asks for too much at once. Please send it in parts.',
  },
  signInRequired: { ja: 'ログインしてください。', en: 'Please sign in.' },
});
