import type { Message } from '@tsunagu/shared/api-core';
import { notificationTexts as m } from './notification-texts.messages';

/**
 * What a placeholder holds, so each reader gets it in their language: `text` as written (names,
 * titles, what people wrote), `count` a number, `day` a moment named by its day on the city's
 * clock, `calendarDay` a date as stored (YYYY-MM-DD), `ward` a ward's Japanese name, `phrase` one
 * of NOTICE_PHRASES, `inBoth` a value the sender words in both languages (the city's desk),
 * `note` an optional line of text, and a list of items each worded by its own message.
 */
export type ScalarKind = 'text' | 'count' | 'day' | 'calendarDay' | 'ward' | 'phrase' | 'inBoth' | 'note';
export interface ListKind {
  readonly list: Message;
  readonly of: Readonly<Record<string, ScalarKind>>;
}
export type ParamKind = ScalarKind | ListKind;

/** One notice: its kind (what happened), its title and body, the placeholders they use, and an optional last line. */
export interface NoticeDefinition {
  readonly kind: string;
  readonly title: Message;
  readonly body: Message;
  readonly params: Readonly<Record<string, ParamKind>>;
  /** appended to the body when its one `note` placeholder holds a text */
  readonly trailer?: Message;
}

/** Words a sender puts into a notice as they are (how staff told an NPO). */
export const NOTICE_PHRASES = {
  howMembers: m.howMembers,
  howLetter: m.howLetter,
  howMail: m.howMail,
  howPhone: m.howPhone,
} as const satisfies Record<string, Message>;
export type NoticePhrase = keyof typeof NOTICE_PHRASES;

const notice = <P extends Record<string, ParamKind>>(
  kind: string,
  title: Message,
  body: Message,
  params: P,
  trailer?: Message,
) => ({ kind, title, body, params, ...(trailer ? { trailer } : {}) });

const GROUP_NEED = { group: 'text', need: 'text' } as const;
const NPO_NEED = { npo: 'text', need: 'text' } as const;
const ALL_THREE = { group: 'text', npo: 'text', need: 'text' } as const;
const EVENT_TITLE = { event: 'text', title: 'text' } as const;
const withDay = <P extends Record<string, ScalarKind>>(params: P) => ({ ...params, day: 'day' }) as const;

/** A request staff closed: the group hears why, with staff's note when they wrote one. */
const closed = (title: Message, body: Message) =>
  notice('introduction.closed', title, body, { ...NPO_NEED, note: 'note' }, m.introStaffNote);

/**
 * Every notification the service sends, by key. The domains name a key and its values; the
 * words are only in notification-texts.messages.ts. Kinds with several notices list them in
 * the order the reader of old rows (notification-language.ts) tries their wordings.
 */
export const NOTICES = {
  offerReceived: notice('offer.received', m.offerReceivedTitle, m.offerReceivedBody, NPO_NEED),
  offerAccepted: notice('offer.accepted', m.offerAcceptedTitle, m.offerAcceptedBody, GROUP_NEED),
  offerDeclined: notice('offer.declined', m.offerDeclinedTitle, m.offerDeclinedBody, GROUP_NEED),
  invitation: notice('need.invitation', m.invitationTitle, m.invitationBody, ALL_THREE),
  message: notice('message.received', m.messageTitle, m.messageBody, { sender: 'text', need: 'text', text: 'text' }),
  offerRemindGroup: notice('offer.reminded', m.offerRemindGroupTitle, m.offerRemindGroupBody, withDay(NPO_NEED)),
  offerRemindNpo: notice('offer.reminded', m.offerRemindNpoTitle, m.offerRemindNpoBody, withDay(GROUP_NEED)),
  offerRemindStaff: notice('offer.reminded', m.offerRemindStaffTitle, m.offerRemindStaffBody, withDay(ALL_THREE)),
  offerExpiredNpo: notice('offer.expired', m.offerExpiredNpoTitle, m.offerExpiredNpoBody, GROUP_NEED),
  offerExpiredGroup: notice('offer.expired', m.offerExpiredGroupTitle, m.offerExpiredGroupBody, withDay(NPO_NEED)),
  offerExpiredStaff: notice('offer.expired', m.offerExpiredStaffTitle, m.offerExpiredStaffBody, withDay(ALL_THREE)),
  offerNeedClosed: notice('offer.expired', m.offerNeedClosedTitle, m.offerNeedClosedBody, GROUP_NEED),
  memberJoined: notice('npo.member-joined-by-letter', m.memberJoinedTitle, m.memberJoinedBody, {
    npo: 'text',
    person: 'text',
    office: 'inBoth',
  }),
  marcheInvitation: notice('marche.invitation', m.marcheInvitationTitle, m.marcheInvitationBody, {
    event: 'text',
    date: 'calendarDay',
    venue: 'text',
    until: 'calendarDay',
  }),
  marchePromoted: notice('marche.promoted', m.marchePromotedTitle, m.marchePromotedBody, EVENT_TITLE),
  marcheAccepted: notice('marche.accepted', m.marcheAcceptedTitle, m.marcheAcceptedBody, EVENT_TITLE),
  marcheRejected: notice('marche.rejected', m.marcheRejectedTitle, m.marcheRejectedBody, {
    ...EVENT_TITLE,
    reason: 'text',
  }),
  marcheMessage: notice('marche.message', m.marcheMessageTitle, m.marcheMessageBody, { ...EVENT_TITLE, text: 'text' }),
  introRequested: notice('introduction.requested', m.introRequestedTitle, m.introRequestedBody, {
    ...ALL_THREE,
    ward: 'ward',
  }),
  introForwarded: notice('introduction.forwarded', m.introForwardedTitle, m.introForwardedBody, {
    ...NPO_NEED,
    how: 'phrase',
  }),
  introClosedNeedClosed: closed(m.introNeedClosedTitle, m.introNeedClosedBody),
  introClosedNoReply: closed(m.introNoReplyTitle, m.introNoReplyBody),
  introClosedDeclined: closed(m.introDeclinedTitle, m.introDeclinedBody),
  introRemindGroup: notice('introduction.reminded', m.introRemindGroupTitle, m.introRemindGroupBody, withDay(NPO_NEED)),
  introRemindNpo: notice('introduction.reminded', m.introRemindNpoTitle, m.introRemindNpoBody, withDay(ALL_THREE)),
  introRemindStaff: notice('introduction.reminded', m.introRemindStaffTitle, m.introRemindStaffBody, {
    npo: 'text',
    count: 'count',
    items: { list: m.introRemindStaffItem, of: withDay(GROUP_NEED) },
  }),
  introNoReply: notice('introduction.noReply', m.introNoReplyTitle, m.introNoReplyBody, NPO_NEED),
  introNoReplyStaff: notice('introduction.noReply', m.introNoReplyStaffTitle, m.introNoReplyStaffBody, {
    npo: 'text',
    count: 'count',
    items: { list: m.introNoReplyStaffItem, of: GROUP_NEED },
  }),
  helperVerified: notice('helper.verified', m.helperVerifiedTitle, m.helperVerifiedBody, { name: 'text' }),
  helperRefused: notice('helper.refused', m.helperRefusedTitle, m.helperRefusedBody, { name: 'text', reason: 'text' }),
  storyAwaitingModeration: notice('story.awaiting', m.storyAwaitingTitle, m.storyAwaitingBody, {
    title: 'text',
    group: 'text',
    helper: 'text',
  }),
  storyPublished: notice('story.published', m.storyPublishedTitle, m.storyPublishedBody, { title: 'text' }),
  storyRefused: notice('story.refused', m.storyRefusedTitle, m.storyRefusedBody, { title: 'text', reason: 'text' }),
} as const satisfies Record<string, NoticeDefinition>;

export type NoticeKey = keyof typeof NOTICES;

type ScalarValue<S extends ScalarKind> = {
  text: string;
  count: number;
  day: Date;
  calendarDay: string;
  ward: string;
  phrase: NoticePhrase;
  inBoth: { readonly ja: string; readonly en: string };
  note: string | null;
}[S];

type ValueOf<K> = K extends ScalarKind
  ? ScalarValue<K>
  : K extends ListKind
    ? ReadonlyArray<{ readonly [P in keyof K['of']]: ScalarValue<K['of'][P]> }>
    : never;

/** The values a notice needs: every placeholder of its title, body and last line, each of its kind. */
export type NoticeParams<K extends NoticeKey> = {
  readonly [P in keyof (typeof NOTICES)[K]['params']]: ValueOf<(typeof NOTICES)[K]['params'][P]>;
};

export function isNoticeKey(key: string): key is NoticeKey {
  return Object.prototype.hasOwnProperty.call(NOTICES, key);
}
