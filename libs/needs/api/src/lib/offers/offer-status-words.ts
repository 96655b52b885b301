import { type Language, type Message, translate } from '@tsunagu/shared/api-core';
import type { OfferCloseReasonValue, OfferStatusValue } from '../entities/offer.entity';
import type { OfferSide } from './offer.model';
import { offerStatusWords as w } from './offer-status.messages';
import { dayInWords, replyDeadline } from '@tsunagu/shared/util';

/** What the note on an offer depends on. */
export interface OfferDeadlineFacts {
  readonly status: OfferStatusValue;
  readonly createdAt: Date;
  readonly remindedAt: Date | null;
  readonly closeReason: OfferCloseReasonValue | null;
}

/** Whose side reads the note (the caller's `viewerSide`). */
export type Reader = `${OfferSide}`;

const REMINDED: Record<Reader, Message> = { GROUP: w.remindedGroup, NPO: w.remindedNpo, STAFF: w.remindedStaff };
const NO_REPLY: Record<Reader, Message> = { GROUP: w.noReplyGroup, NPO: w.noReplyNpo, STAFF: w.noReplyStaff };

/**
 * The reply deadline in plain words for this reader, or null when there is nothing to say: a
 * waiting offer once the group was reminded (until when), and an offer closed unanswered (why,
 * and what each side can do now). Answered and withdrawn offers say it with their status alone.
 */
export function offerStatusNote(
  offer: OfferDeadlineFacts,
  reader: Reader,
  closeDays: number,
  language: Language,
): string | null {
  const date = dayInWords(replyDeadline(offer.createdAt, closeDays), language);
  if (offer.status === 'PENDING') {
    return offer.remindedAt ? translate(REMINDED[reader], { date }, language) : null;
  }
  if (offer.status !== 'EXPIRED') return null;
  if (offer.closeReason === 'NEED_CLOSED') return translate(w.needClosed, {}, language);
  return translate(NO_REPLY[reader], { date }, language);
}
