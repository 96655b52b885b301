import type { NeedEntity, NeedStatusValue } from '../entities/need.entity';

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

/** NPOs may offer while a need is open (a matched need may still want more hands). */
export function acceptsOffers(need: Pick<NeedEntity, 'status' | 'hiddenAt' | 'deadline'>, today: string): boolean {
  return (
    (need.status === 'PUBLISHED' || need.status === 'MATCHED') &&
    !need.hiddenAt &&
    (!need.deadline || need.deadline >= today)
  );
}

export interface PublishProblem {
  readonly field: string;
  readonly message: string;
}

/** What must be filled in before others see the need; the first problem, in form order. */
export function publishProblem(need: NeedEntity, today: string): PublishProblem | null {
  if (need.title.trim().length < 4) return { field: 'title', message: 'タイトルを4文字以上で書いてください' };
  if (need.description.trim().length < 10) {
    return { field: 'description', message: 'どんなことを手伝ってほしいか、10文字以上で書いてください' };
  }
  if (need.fields.length === 0) return { field: 'fields', message: '活動分野を1つ以上選んでください' };
  if (need.startsOn && need.startsOn < today) return { field: 'startsOn', message: '日にちが過ぎています' };
  if (need.startsOn && need.endsOn && need.endsOn < need.startsOn) {
    return { field: 'endsOn', message: '終わりの日は、始まりの日より後にしてください' };
  }
  if (!need.deadline) return { field: 'deadline', message: '募集の締め切り日を選んでください' };
  if (need.deadline < today) return { field: 'deadline', message: '締め切り日が過ぎています。先の日にしてください' };
  if (need.startsOn && need.deadline > (need.endsOn ?? need.startsOn)) {
    return { field: 'deadline', message: '締め切り日は、活動の日より前にしてください' };
  }
  return null;
}
