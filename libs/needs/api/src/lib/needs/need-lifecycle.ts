import type { Message } from '@tsunagu/shared/api-core';
import type { NeedEntity, NeedStatusValue } from '../entities/need.entity';
import { needMessages as m } from '../needs.messages';

/**
 * draft → published → matched (an offer accepted) → done, or cancelled / expired at the deadline.
 * An expired need can be published again with a new deadline.
 */
const NEXT: Record<NeedStatusValue, readonly NeedStatusValue[]> = {
  DRAFT: ['PUBLISHED', 'CANCELLED'],
  PUBLISHED: ['MATCHED', 'DONE', 'CANCELLED', 'EXPIRED'],
  MATCHED: ['DONE', 'CANCELLED'],
  EXPIRED: ['PUBLISHED', 'CANCELLED'],
  DONE: [],
  CANCELLED: [],
};

export function canMove(from: NeedStatusValue, to: NeedStatusValue): boolean {
  return NEXT[from].includes(to);
}

/** Owners may change the text while the need is still alive. */
export function isEditable(status: NeedStatusValue): boolean {
  return status === 'DRAFT' || status === 'PUBLISHED' || status === 'MATCHED' || status === 'EXPIRED';
}

export interface PublishProblem {
  readonly field: string;
  readonly message: Message;
}

/** What must be filled in before others see the need; the first problem, in form order. */
export function publishProblem(need: NeedEntity, today: string): PublishProblem | null {
  if (need.title.trim().length < 4) return { field: 'title', message: m.publishTitle };
  if (need.description.trim().length < 10) {
    return { field: 'description', message: m.publishDescription };
  }
  if (need.fields.length === 0) return { field: 'fields', message: m.publishFields };
  if (need.startsOn && need.startsOn < today) return { field: 'startsOn', message: m.publishStartsOnPast };
  if (need.startsOn && need.endsOn && need.endsOn < need.startsOn) {
    return { field: 'endsOn', message: m.publishEndsBeforeStart };
  }
  if (!need.deadline) return { field: 'deadline', message: m.publishDeadlineMissing };
  if (need.deadline < today) return { field: 'deadline', message: m.publishDeadlinePast };
  if (need.startsOn && need.deadline > (need.endsOn ?? need.startsOn)) {
    return { field: 'deadline', message: m.publishDeadlineAfterActivity };
  }
  return null;
}
