/**
 * The consent an officer gives before a 市民センター acts for the group (read out on the phone or
 * signed on the printed form). Its version is stored with each consent, so what was agreed to can
 * always be printed again as it was.
 */
export const CONSENT_TEXT_VERSION = '2026-12';

export const CONSENT_TEXT = {
  ja: [
    '「つなぐ」（北九州市のNPOと地域をつなぐしくみ）で、市民センターの職員が、わたしたちの団体の代わりに次のことをします。',
    '・困りごとや募集を書いて公開すること、直すこと、終わらせること',
    '・NPOなどからの申し出に、わたしが電話や紙で伝えた返事を入れること',
    '・NPOとのメッセージを、わたしに代わって書くこと',
    '代わりに入れたことには「〇〇市民センターが代理で入力」と表示されます。だれが、いつ、なぜ入れたかは記録に残ります。',
    'わたしの電話番号と住所は、市の職員と市民センター、わたしが申し出を受けたNPOだけが見られます。',
    'この同意は、いつでも市民センターに言えば取り消せます。自分で使いたくなったら、引き継ぎの番号をもらえます。',
  ],
  en: [
    'On tsunagu (the city of Kitakyushu’s service connecting NPOs and neighbourhoods), the staff of the community centre do the following for our group:',
    '• write, publish, change and close our needs;',
    '• enter the answers I give by phone or on paper to offers from NPOs and others;',
    '• write messages to NPOs on my behalf.',
    'What they enter is marked “entered by the community centre”. Who entered what, when and why is recorded.',
    'My phone number and address are seen only by city staff, the community centre and the NPO whose offer I accept.',
    'I can withdraw this consent at any time by telling the centre. If I want to use the service myself, I can get a takeover number.',
  ],
} as const;
