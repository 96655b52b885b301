import { defineMessages } from '@tsunagu/shared/api-core';

/** Every refusal of the marché, in Japanese (as the tests and the web expect) and English. */
export const marcheMessages = defineMessages('marche', {
  // events
  eventNotFound: { ja: 'そのマルシェは見つかりません。', en: 'Marché event not found.' },
  applyUntilBeforeFrom: {
    ja: '締め切りは受付の始まりより後にしてください',
    en: 'The closing day must not come before the opening day.',
  },
  eventDateBeforeFrom: {
    ja: '開催日は受付の始まりより後にしてください',
    en: 'The event day must not come before the opening day.',
  },
  boothCodesRepeat: { ja: 'ブースの種類の記号が重なっています', en: 'Two booth types have the same code.' },
  // applications
  applicationNotFound: { ja: 'その申し込みは見つかりません。', en: 'Application not found.' },
  alreadyApplied: { ja: 'この団体はもう申し込んでいます', en: 'This NPO has already applied.' },
  notNpoMember: {
    ja: 'このNPOとして申し込むことはできません。NPOのページを登録してください。',
    en: 'Only members of a claimed NPO may apply in its name.',
  },
  notOpen: { ja: '申し込みの受付期間ではありません。', en: 'Applications are not open.' },
  chooseBoothType: { ja: 'ブースの種類を選んでください', en: 'Please choose a booth type.' },
  consentRequired: {
    ja: '団体名と紹介文の公開に同意してください',
    en: 'Please agree that the NPO’s name and introduction are published.',
  },
  periodOver: { ja: '受付期間が終わったので、変えられません。', en: 'The application period is over.' },
  applicationClosed: { ja: 'この申し込みは、もう終わっています。', en: 'This application is closed.' },
  messageLength: {
    ja: '連絡の内容を{max}文字までで書いてください',
    en: 'Please write the message in at most {max} characters.',
  },
  notPossibleFrom: { ja: 'いまの状態（{status}）では決められません。', en: 'Not possible from {status}.' },
  reasonRequired: {
    ja: 'お断りの理由を書いてください（NPOに伝わります）',
    en: 'Please give the reason for refusing (the NPO will read it).',
  },
  // venue map and booths
  cellOutside: { ja: 'マス {cell} は会場の外です', en: 'Cell {cell} is outside the venue.' },
  layoutFirst: { ja: '先に会場の図を作ってください。', en: 'Please draw the venue map first.' },
  noLayout: { ja: '会場の図がまだありません。', en: 'There is no venue map yet.' },
  onlyAcceptedGetBooths: {
    ja: '出展が決まった申し込みだけ、ブースを決められます。',
    en: 'Only accepted applications can be given a booth.',
  },
  notABooth: { ja: 'そのマスはブースではありません', en: 'That cell is not a booth.' },
  boothTaken: { ja: 'そのブースには、もう別の団体がいます。', en: 'Another exhibitor already has that booth.' },
  // invitations and meeting wishes
  npoNotHere: {
    ja: 'このNPOは、まだ「つなぐ」にアカウントがありません。職員ページの「NPOへのおつなぎ」の「手紙を作る」で、マルシェの出展候補に案内の手紙を作れます。',
    en: 'This NPO has no account here yet. Under “Reaching NPOs” → “Make letters” on the staff pages you can make letters of invitation for the marché’s candidates.',
  },
  groupMembersOnly: { ja: 'この団体のメンバーだけが選べます。', en: 'Only the group’s members may do this.' },
  groupNotVerified: { ja: '団体の確認がすんでから選べます。', en: 'The group must be verified first.' },
  exhibitorNotFound: { ja: 'その出展者は見つかりません。', en: 'Exhibitor not found.' },
});
