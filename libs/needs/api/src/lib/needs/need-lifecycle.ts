import type { Message } from '@tsunagu/shared/api-core';
import { needPublishProblems } from '@tsunagu/shared/util';
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
  readonly params?: Readonly<Record<string, string | number>>;
}

/** The shared rule's keys (needs.publish.*, also the web's) → this API's messages. */
const PUBLISH_MESSAGES: Record<string, Message> = {
  'needs.publish.titleRequired': m.publishTitle,
  'needs.publish.descriptionRequired': m.publishDescription,
  'needs.publish.fieldsRequired': m.publishFields,
  'needs.publish.helpKindRequired': m.publishHelpKind,
  'needs.publish.wardRequired': m.publishWard,
  'needs.publish.startsOnPast': m.publishStartsOnPast,
  'needs.publish.endsOnBeforeStart': m.publishEndsBeforeStart,
  'needs.publish.peopleOutOfRange': m.publishPeopleOutOfRange,
  'needs.publish.deadlinePast': m.publishDeadlinePast,
  'needs.publish.deadlineAfterActivity': m.publishDeadlineAfterActivity,
};

/**
 * What must be filled in before others see the need; the first problem, in form order. The rule
 * is the one the need form uses (needPublishProblems in shared/util); the words are this API's.
 */
export function publishProblem(need: NeedEntity, today: string): PublishProblem | null {
  const problem = needPublishProblems(need, today)[0];
  if (!problem) return null;
  const message = PUBLISH_MESSAGES[problem.key];
  // A rule the catalogue does not word yet is a programming error, caught by the unit test.
  if (!message) throw new Error(`no message for ${problem.key}`);
  return { field: problem.field, message, params: problem.params };
}
