import { defineMessages } from '@tsunagu/shared/api-core';

/** The words of the notification mails around the notices themselves. */
export const notificationMailTexts = defineMessages('notificationMail', {
  greeting: { ja: '{name} 様', en: 'Dear {name},' },
  digestSubject: { ja: '【つなぐ】今日のお知らせ（{count}件）', en: '[Tsunagu] Your notices today ({count})' },
  digestLead: { ja: 'つなぐからのお知らせです。', en: 'Here are your notices from Tsunagu.' },
  subject: { ja: '【つなぐ】{title}', en: '[Tsunagu] {title}' },
  // The setting is on the 「お知らせ」 page (/notifications), not on マイページ: the mail links straight to it.
  settingFooter: {
    ja: 'お知らせのメールは、「お知らせ」のページで、1日1回のまとめ、または送らない、に変えられます。\n{url}',
    en: 'You can change these mails to one a day, or none, on the Notifications page:\n{url}',
  },
});
