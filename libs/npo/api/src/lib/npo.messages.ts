import { defineMessages } from '@tsunagu/shared/api-core';

/** What the NPO domain answers when it refuses: profiles, photos, imports, search. */
export const npoMessages = defineMessages('npo', {
  notFound: { ja: 'NPOが見つかりません。', en: 'NPO not found.' },
  notFoundThat: { ja: 'そのNPOは見つかりません。', en: 'NPO not found.' },
  notFoundByCorporateNumber: {
    ja: 'その法人番号のNPOは見つかりません。',
    en: 'No NPO has this corporate number.',
  },
  importRunNotFound: { ja: 'その取り込みの記録はありません。', en: 'Import run not found.' },
  membersOnly: { ja: 'このNPOのメンバーだけが書けます。', en: 'Only members of this NPO can edit it.' },
  photoTooLarge: { ja: '写真は{megabytes}MBまでにしてください。', en: 'Please keep the photo to {megabytes} MB.' },
  notAPhoto: {
    ja: '写真はJPEG・PNG・WebPの画像を選んでください。',
    en: 'Please choose a JPEG, PNG or WebP picture.',
  },
  unreadablePhoto: {
    ja: '画像として読めませんでした。別の写真を選んでください。',
    en: 'The picture could not be read. Please choose another photo.',
  },
  photoMissing: { ja: '写真を選んでください。', en: 'Please choose a photo.' },
  photoNotFound: { ja: '写真はありません。', en: 'There is no photo.' },
  fileMissing: { ja: 'ファイルを選んでください。', en: 'Please choose a file.' },
  searchUnavailable: {
    ja: '検索が一時的に使えません。しばらくしてから、もう一度お試しください。',
    en: 'Search is temporarily unavailable. Please try again later.',
  },
});
