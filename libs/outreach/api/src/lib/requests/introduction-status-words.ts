import { type Language, type Message, translate } from '@tsunagu/shared/api-core';
import type {
  CloseReasonValue,
  ForwardedHowValue,
  IntroductionRouteValue,
  IntroductionStatusValue,
} from '../entities/introduction-request.entity';
import { introductionStatusWords as w } from './introduction-status.messages';
import { dayInWords, replyDeadline } from '@tsunagu/shared/util';

/** What the words of a request depend on. */
export interface StatusFacts {
  readonly status: IntroductionStatusValue;
  readonly route: IntroductionRouteValue;
  readonly forwardedHow: ForwardedHowValue | null;
  readonly remindedAt: Date | null;
  readonly closeReason: CloseReasonValue | null;
  readonly createdAt: Date;
}

export interface StatusWords {
  readonly statusLabel: string;
  readonly nextStep: string;
}

const FORWARDED_NEXT: Record<ForwardedHowValue, Message> = {
  MEMBERS: w.nextForwardedMembers,
  LETTER: w.nextForwardedLetter,
  MAIL: w.nextForwardedMail,
  PHONE: w.nextForwardedPhone,
};

/** The status and what happens next, in plain words and the caller's language. */
export function statusWords(r: StatusFacts, closeDays: number, language: Language): StatusWords {
  const say = (label: Message, next: Message, params: Record<string, string> = {}): StatusWords => ({
    statusLabel: translate(label, {}, language),
    nextStep: translate(next, params, language),
  });
  switch (r.status) {
    case 'WAITING':
    case 'FORWARDED': {
      const label = r.status === 'WAITING' ? w.labelWaiting : w.labelForwarded;
      // After the reminder the group learns the city tries again, and the day it ends.
      if (r.remindedAt) {
        return say(label, w.nextReminded, { date: dayInWords(replyDeadline(r.createdAt, closeDays), language) });
      }
      if (r.status === 'WAITING') return say(label, w.nextWaiting);
      return say(label, FORWARDED_NEXT[r.forwardedHow ?? (r.route === 'MEMBERS' ? 'MEMBERS' : 'LETTER')]);
    }
    case 'ANSWERED':
      return say(w.labelAnswered, w.nextAnswered);
    case 'NO_REPLY':
      return say(w.labelNoReply, w.nextAskAnother);
    case 'CLOSED':
      if (r.closeReason === 'NEED_CLOSED') return say(w.labelNeedClosed, w.nextNeedClosed);
      if (r.closeReason === 'NO_REPLY') return say(w.labelNoReply, w.nextAskAnother);
      return say(w.labelDeclined, w.nextAskAnother);
  }
}
