import type { Message } from '@tsunagu/shared/api-core';
import { NOTICE_PHRASES, NOTICES } from './notices';

/** One way a notification of a kind is worded: its title, its body, and what may follow the body. */
export interface NotificationWording {
  readonly title: Message;
  readonly body: Message;
  /** a line some bodies end with (a note from staff) */
  readonly suffix?: Message;
  /** placeholders that hold a list, each item worded so, joined by 「、」 in Japanese */
  readonly lists?: Readonly<Record<string, Message>>;
}

/**
 * The wordings of each kind, taken from the notices themselves, for reading rows stored before
 * notifications kept their key (only their Japanese text tells what they say).
 */
export const NOTIFICATION_WORDINGS: Readonly<Record<string, readonly NotificationWording[]>> = (() => {
  const byKind: Record<string, NotificationWording[]> = {};
  for (const notice of Object.values(NOTICES)) {
    const lists = Object.entries(notice.params).flatMap(([name, kind]) =>
      typeof kind === 'object' ? [[name, kind.list] as const] : [],
    );
    const wording: NotificationWording = {
      title: notice.title,
      body: notice.body,
      ...('trailer' in notice ? { suffix: notice.trailer } : {}),
      ...(lists.length > 0 ? { lists: Object.fromEntries(lists) } : {}),
    };
    (byKind[notice.kind] ??= []).push(wording);
  }
  return byKind;
})();

/** Words the domains put into a sentence as they are (how staff told an NPO), read in either language. */
export const NOTIFICATION_WORDS: readonly Message[] = Object.values(NOTICE_PHRASES);
