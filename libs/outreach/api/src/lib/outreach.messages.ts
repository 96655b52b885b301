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
  // contacts staff hold, claim codes of the letters, entry confirmations
  contactNothing: {
    ja: '電話番号・メールアドレス・担当者の名前の、どれか一つは書いてください。',
    en: 'Please give at least a phone number, an email address or a contact person.',
  },
  contactPhoneDigits: {
    ja: '電話番号は、市外局番から書いてください（例：093-582-2111）。',
    en: 'Please write the phone number with its area code (e.g. 093-582-2111).',
  },
  contactNotedOnInvalid: {
    ja: 'その日付はありません。2026-12-01 の形で書いてください。',
    en: 'There is no such date. Please write it like 2026-12-01.',
  },
  contactNotedOnFuture: {
    ja: 'まだ来ていない日です。連絡先を知った日を書いてください。',
    en: 'That day has not come yet. Please give the day you learnt the contact.',
  },
  contactNotFound: { ja: 'その連絡先は見つかりません。', en: 'Contact not found.' },
  claimCodeMalformed: {
    ja: '番号は、手紙にある8文字です（例：K7PD-R2XM）。数字の0と1、英字のI・L・Oは使っていません。',
    en: 'The number is the 8 characters in the letter (e.g. K7PD-R2XM). It never uses 0, 1, I, L or O.',
  },
  claimCodeWrong: {
    ja: 'この番号は見つかりません。手紙の番号を、もう一度確かめてください。',
    en: 'This number was not found. Please check the number in the letter again.',
  },
  claimCodeExpired: {
    ja: 'この番号の期限が切れています。市の担当者に新しい手紙を頼んでください（{office}）。',
    en: 'This number has expired. Please ask the city for a new letter ({office}).',
  },
  claimCodeUsed: {
    ja: 'この番号はもう使われています。団体のメンバーに、招待してもらってください。わからないときは、市の担当者にお問い合わせください（{office}）。',
    en: 'This number has already been used. Please ask a member of the NPO to invite you, or ask the city ({office}).',
  },
  claimCodeRevoked: {
    ja: 'この番号は、もう使えません。市の担当者に新しい手紙を頼んでください（{office}）。',
    en: 'This number can no longer be used. Please ask the city for a new letter ({office}).',
  },
  claimAlreadyMember: {
    ja: 'あなたは、もうこのNPOのメンバーです。番号は使わずに残しました。',
    en: 'You are already a member of this NPO. The number was not used.',
  },
  claimTooManyWrong: {
    ja: '番号のまちがいが続いたため、しばらく受け付けません。{minutes}分後にもう一度お試しください。',
    en: 'Too many wrong numbers. Please try again in {minutes} minutes.',
  },
  entryMembersOnly: {
    ja: 'このNPOのメンバーだけが、掲載内容を確かめられます。',
    en: 'Only members of the NPO can check its entry.',
  },
  entryNoteRequired: {
    ja: '直したところ、または直してほしいところを書いてください。',
    en: 'Please write what was corrected, or what should be corrected.',
  },
  entryNoteTooLong: { ja: '{max}文字までで書いてください。', en: 'Please write at most {max} characters.' },
  // letters and the funnel
  lettersNoneChosen: {
    ja: '手紙を送るNPOがありません。選び方を変えてください。',
    en: 'No NPO to write to. Please choose differently.',
  },
  lettersNoAddress: {
    ja: '選んだNPOは、公開データに所在地がないため、手紙を出せません。電話やメールでお伝えし、「電話で伝えた」「メールで伝えた」で記録してください。',
    en: 'The open data holds no registered address for the NPOs chosen, so no letter can go to them. Please tell them by phone or mail and record it with “Told by phone” or “Told by mail”.',
  },
  lettersAllHaveMembers: {
    ja: '選んだNPOには、もう「つなぐ」を使っている人がいます。手紙はいりません。',
    en: 'Every NPO chosen already has members here; they need no letter.',
  },
  lettersTooMany: {
    ja: '一度に作れる手紙は {max} 通までです（いまは {count} 通）。区などでしぼってください。',
    en: 'At most {max} letters at a time (this would be {count}). Please narrow it down, e.g. by ward.',
  },
  lettersWardRequired: { ja: '区を選んでください。', en: 'Please choose a ward.' },
  lettersEventRequired: { ja: 'マルシェを選んでください。', en: 'Please choose a marché.' },
  marcheEventNotFound: { ja: 'そのマルシェは見つかりません。', en: 'Marché not found.' },
  letterJobNotFound: { ja: 'その手紙の作成は見つかりません。', en: 'Letter run not found.' },
  lettersNotReady: { ja: 'その手紙はまだできていません。', en: 'Those letters are not ready yet.' },
  lettersInterrupted: {
    ja: '手紙を作っている途中で処理が止まりました。お手数ですが、もう一度作ってください。',
    en: 'Making the letters stopped half-way. Please make them again.',
  },
});
