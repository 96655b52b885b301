import type { Message } from '@tsunagu/shared/api-core';
import { notificationTexts as m } from './notification-texts.messages';

/** One way a notification of a kind is worded: its title, its body, and what may follow the body. */
export interface NotificationWording {
  readonly title: Message;
  readonly body: Message;
  /** a line some bodies end with (a note from staff) */
  readonly suffix?: Message;
  /** placeholders that hold a list, each item worded so, joined by 「、」 in Japanese */
  readonly lists?: Readonly<Record<string, Message>>;
}

const w = (title: Message, body: Message, extra: Partial<NotificationWording> = {}): NotificationWording => ({
  title,
  body,
  ...extra,
});

/** The wordings of each kind of notification, as the domains send them. */
export const NOTIFICATION_WORDINGS: Readonly<Record<string, readonly NotificationWording[]>> = {
  'offer.received': [w(m.offerReceivedTitle, m.offerReceivedBody)],
  'offer.accepted': [w(m.offerAcceptedTitle, m.offerAcceptedBody)],
  'offer.declined': [w(m.offerDeclinedTitle, m.offerDeclinedBody)],
  'need.invitation': [w(m.invitationTitle, m.invitationBody)],
  'message.received': [w(m.messageTitle, m.messageBody)],
  'offer.reminded': [
    w(m.offerRemindGroupTitle, m.offerRemindGroupBody),
    w(m.offerRemindNpoTitle, m.offerRemindNpoBody),
    w(m.offerRemindStaffTitle, m.offerRemindStaffBody),
  ],
  'offer.expired': [
    w(m.offerExpiredNpoTitle, m.offerExpiredNpoBody),
    w(m.offerExpiredGroupTitle, m.offerExpiredGroupBody),
    w(m.offerExpiredStaffTitle, m.offerExpiredStaffBody),
    w(m.offerNeedClosedTitle, m.offerNeedClosedBody),
  ],
  'npo.member-joined-by-letter': [w(m.memberJoinedTitle, m.memberJoinedBody)],
  'marche.invitation': [w(m.marcheInvitationTitle, m.marcheInvitationBody)],
  'marche.promoted': [w(m.marchePromotedTitle, m.marchePromotedBody)],
  'marche.accepted': [w(m.marcheAcceptedTitle, m.marcheAcceptedBody)],
  'marche.rejected': [w(m.marcheRejectedTitle, m.marcheRejectedBody)],
  'marche.message': [w(m.marcheMessageTitle, m.marcheMessageBody)],
  'introduction.requested': [w(m.introRequestedTitle, m.introRequestedBody)],
  'introduction.forwarded': [w(m.introForwardedTitle, m.introForwardedBody)],
  'introduction.closed': [
    w(m.introNeedClosedTitle, m.introNeedClosedBody, { suffix: m.introStaffNote }),
    w(m.introNoReplyTitle, m.introNoReplyBody, { suffix: m.introStaffNote }),
    w(m.introDeclinedTitle, m.introDeclinedBody, { suffix: m.introStaffNote }),
  ],
  'introduction.reminded': [
    w(m.introRemindGroupTitle, m.introRemindGroupBody),
    w(m.introRemindNpoTitle, m.introRemindNpoBody),
    w(m.introRemindStaffTitle, m.introRemindStaffBody, { lists: { items: m.introRemindStaffItem } }),
  ],
  'introduction.noReply': [
    w(m.introNoReplyTitle, m.introNoReplyBody),
    w(m.introNoReplyStaffTitle, m.introNoReplyStaffBody, { lists: { items: m.introNoReplyStaffItem } }),
  ],
};

/** Words the domains put into a sentence as they are (how staff told an NPO), read in either language. */
export const NOTIFICATION_WORDS: readonly Message[] = [m.howMembers, m.howLetter, m.howMail, m.howPhone];
