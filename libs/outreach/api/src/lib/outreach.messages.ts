import { defineMessages } from '@tsunagu/shared/api-core';

/** Refusals of the city's bridge to NPOs: introduction requests, contacts, letters, claim codes. */
export const outreachMessages = defineMessages('outreach', {
  notAllowed: { ja: 'この操作はできません。', en: 'You may not do this.' },
  npoNotFound: { ja: 'そのNPOは見つかりません。', en: 'NPO not found.' },
  needNotFound: { ja: 'その募集は見つかりません。', en: 'Need not found.' },
  // letters and the funnel
  lettersNoneChosen: {
    ja: '手紙を送るNPOがありません。選び方を変えてください。',
    en: 'No NPO to write to. Please choose differently.',
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
