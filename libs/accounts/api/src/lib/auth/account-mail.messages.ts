import { defineMessages } from '@tsunagu/shared/api-core';

/**
 * Mails that answer the person who asked for them (sign-up, password reset): written in the
 * language they were using when they asked, like the page they came from.
 */
export const accountMailMessages = defineMessages('accountMail', {
  signUpSubject: { ja: '【つなぐ】登録の確認', en: '[tsunagu] Please confirm your sign-up' },
  signUpBody: {
    ja: '{name} 様\n\nつなぐへの登録を終えるには、次のリンクを開き、登録のときに決めたパスワードを入れて「登録を終える」を押してください。\nリンクは{hours}時間、1回だけ使えます。\n\n{link}\n\nこのメールに心当たりがない場合は、リンクを開かずに、何もしないでください（登録はされません）。',
    en: 'Dear {name},\n\nTo finish signing up for tsunagu, open the link below, enter the password you chose when signing up and press "Finish signing up".\nThe link works once, for {hours} hours.\n\n{link}\n\nIf you did not sign up, do not open the link and do nothing (no account is made).',
  },
  resetSubject: { ja: '【つなぐ】パスワードの再設定', en: '[tsunagu] Choosing a new password' },
  resetBody: {
    ja: '{name} 様\n\nパスワードを再設定するには、次のリンクを開いてください。\nリンクは{minutes}分間、1回だけ使えます。\n\n{link}\n\nこのメールに心当たりがない場合は、何もしなくてかまいません。',
    en: 'Dear {name},\n\nTo choose a new password, open the link below.\nThe link works once, for {minutes} minutes.\n\n{link}\n\nIf you did not ask for this, you need not do anything.',
  },
});
