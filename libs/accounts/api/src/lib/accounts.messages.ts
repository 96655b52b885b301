import { defineMessages } from '@tsunagu/shared/api-core';
import { DISPLAY_NAME_IMITATES_STAFF } from '@tsunagu/shared/util';

/** What accounts answers when it refuses: sign-in, sign-up, groups, NPO claims, personal data. */
export const accountsMessages = defineMessages('accounts', {
  forbidden: { ja: 'この操作はできません。', en: 'You may not do this.' },
  signInRequired: { ja: 'ログインしてください。', en: 'Please sign in.' },
  wrongEmailOrPassword: { ja: 'メールアドレスかパスワードが違います。', en: 'Wrong email or password.' },
  wrongPassword: { ja: 'パスワードが違います。', en: 'Wrong password.' },
  emailTaken: {
    ja: 'このメールアドレスはもう登録されています。ログインしてください。',
    en: 'This email address is already registered. Please sign in.',
  },
  displayNameImitatesStaff: {
    ja: DISPLAY_NAME_IMITATES_STAFF,
    en: 'This name cannot be used (it could be taken for a member of the city staff).',
  },
  signUpLinkUnusable: {
    ja: 'このリンクは使えません（期限が切れたか、もう使われています）。もう一度登録してください。',
    en: 'This link cannot be used (it has expired or was already used). Please sign up again.',
  },
  signUpPasswordDiffers: {
    ja: 'パスワードが、登録のときに決めたものと違います。',
    en: 'The password is not the one chosen at sign-up.',
  },
  resetLinkUnusable: {
    ja: 'このリンクは使えません（期限が切れたか、もう使われています）。もう一度お申し込みください。',
    en: 'This link cannot be used (it has expired or was already used). Please ask for a new one.',
  },
  resetLinkUsed: { ja: 'このリンクはもう使われています。', en: 'This link has already been used.' },
  tooManyTries: {
    ja: '試した回数が多すぎます。{minutes}分後にもう一度お試しください。',
    en: 'Too many tries. Please try again in {minutes} minutes.',
  },
  tooManySignUps: {
    ja: '登録の申し込みが多すぎます。{minutes}分後にもう一度お試しください。',
    en: 'Too many sign-up requests. Please try again in {minutes} minutes.',
  },
  tooManyWrongPasswordsFromAddress: {
    ja: 'この接続元からのパスワードの間違いが多すぎるため、しばらく受け付けません。{minutes}分後にもう一度お試しください。',
    en: 'Too many wrong passwords from this connection. Please try again in {minutes} minutes.',
  },
  tooManyWrongPasswords: {
    ja: 'パスワードを続けて間違えたため、しばらく受け付けません。{minutes}分後にもう一度お試しください。',
    en: 'The password was wrong too many times in a row. Please try again in {minutes} minutes.',
  },
  tooManyNpoClaims: {
    ja: 'NPOの申請が多すぎます。{minutes}分後にもう一度お試しください。',
    en: 'Too many NPO requests. Please try again in {minutes} minutes.',
  },
  tooManyGroupRegistrations: {
    ja: '団体の登録が多すぎます。{minutes}分後にもう一度お試しください。',
    en: 'Too many group registrations. Please try again in {minutes} minutes.',
  },
  groupNotFound: { ja: 'その団体は見つかりません。', en: 'Group not found.' },
  schoolDistrictNotFound: { ja: 'その校区は見つかりません。', en: 'School district not found.' },
  schoolDistrictNotInWard: {
    ja: 'その校区は選んだ区にないか、もう使われていません。区と校区を選び直してください。',
    en: 'That school district is not in the chosen ward, or is no longer in use. Please choose the ward and district again.',
  },
  schoolDistrictNameTaken: {
    ja: '{ward}には「{name}」という校区がもうあります。',
    en: '{ward} already has a school district named “{name}”.',
  },
  schoolDistrictInUse: {
    ja: 'この校区には{count}の団体が入っているので、ほかの区へは移せません。新しい校区を作ってください。',
    en: '{count} groups are in this school district, so it cannot move to another ward. Please add a new district instead.',
  },
  inviteUnusable: {
    ja: 'この招待リンクは使えません（期限が切れています）。招待した人にもう一度頼んでください。',
    en: 'This invitation link cannot be used (it has expired). Please ask the person who invited you again.',
  },
  claimMessageLength: {
    ja: 'どのような立場の方か、5文字以上で書いてください（例：事務局長の山本です）。',
    en: 'Please say in at least 5 characters who you are at the NPO (e.g. "I am the secretary general").',
  },
  npoNotFound: { ja: 'そのNPOは見つかりません。', en: 'NPO not found.' },
  alreadyNpoMember: { ja: 'あなたはもうこのNPOのメンバーです。', en: 'You are already a member of this NPO.' },
  claimPending: {
    ja: 'このNPOへの申請は、もう職員の確認を待っています。',
    en: 'Your request for this NPO is already waiting for the staff to check it.',
  },
  claimNotFound: { ja: 'その申請は見つかりません。', en: 'Request not found.' },
  claimDecided: { ja: 'この申請はもう決定済みです。', en: 'This request has already been decided.' },
  noAccountForDelegate: {
    ja: 'このメールアドレスで登録している人がいません。ご家族やご近所の方に、先に「つなぐ」に登録してもらってから、もう一度追加してください。',
    en: 'Nobody has signed up with this email address. Ask your family member or neighbour to sign up to tsunagu first, then add them again.',
  },
  delegateIsMember: {
    ja: 'この方はもう団体のメンバーです。代理人にする必要はありません。',
    en: 'This person is already a member of the group and needs no delegation.',
  },
  noAccountForCentreStaff: {
    ja: 'このメールアドレスで登録している人がいません。センターの職員に、先に「つなぐ」に登録してもらってください。',
    en: 'Nobody has signed up with this email address. Ask the centre staff member to sign up to tsunagu first.',
  },
  notACentre: {
    ja: 'この団体は市民センターではありません。市民センターを選んでください。',
    en: 'This group is not a community centre. Please choose a centre.',
  },
});
