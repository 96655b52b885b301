import { defineMessages } from '@tsunagu/shared/api-core';

/** Refusals of the city's bridge to NPOs: introduction requests, contacts, letters, claim codes. */
export const outreachMessages = defineMessages('outreach', {
  notAllowed: { ja: 'この操作はできません。', en: 'You may not do this.' },
  npoNotFound: { ja: 'そのNPOは見つかりません。', en: 'NPO not found.' },
  needNotFound: { ja: 'その募集は見つかりません。', en: 'Need not found.' },
  // requests
  requestNotAllowed: {
    ja: 'この募集の団体のメンバーだけが、NPOにお願いできます。',
    en: 'Only members of the group may ask an NPO for this need.',
  },
  requestOnlyOpen: { ja: '募集中の困りごとにだけ、NPOにお願いできます。', en: 'Only an open need can ask an NPO.' },
  npoNotActive: {
    ja: 'このNPOは、いまは活動していません。ほかのおすすめのNPOにお願いしてください。',
    en: 'This NPO is no longer active. Please ask another suggested NPO.',
  },
  npoOutsideCity: {
    ja: 'このNPOは市の外にあるため、市の担当者からはお伝えできません。ほかのおすすめのNPOにお願いしてください。',
    en: 'This NPO is outside the city, so the city’s staff cannot pass the request on. Please ask another suggested NPO.',
  },
  introductionsNotAllowed: {
    ja: 'このお願いは、団体のメンバーと市の担当者だけが見られます。',
    en: 'Only the group’s members and the city’s staff may see these requests.',
  },
  waitingNotAllowed: {
    ja: 'このNPOへのお願いは、NPOのメンバーと市の担当者だけが見られます。',
    en: 'Only the NPO’s members and the city’s staff may see the requests for it.',
  },
  requestNotFound: { ja: 'そのお願いは見つかりません。', en: 'Request not found.' },
  requestNotOpen: {
    ja: 'このお願いには、もう返事があったか、終わっています。',
    en: 'This request was already answered or closed.',
  },
  forwardedHowByStaff: {
    ja: '市の担当者が伝えた方法（手紙・メール・電話）を選んでください。',
    en: 'Please choose how the staff told the NPO: letter, mail or phone.',
  },
  closeNoteLength: {
    ja: '団体へのひとことは500文字までにしてください。',
    en: 'Please keep the note to the group to 500 characters.',
  },
});
