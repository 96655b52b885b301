import type { PaperReplyAnswer } from '@tsunagu/shared/graphql-client';
import type { TFunction } from 'i18next';

export type PhoneReplyField = 'answer' | 'message' | 'takenBy';

export interface PhoneReplyValues {
  readonly answer: PaperReplyAnswer | null;
  readonly message: string;
  readonly takenBy: string;
}

/** What stops a phone reply from being entered, by field: the same rules the API applies. */
export function phoneReplyProblems(t: TFunction, v: PhoneReplyValues): Partial<Record<PhoneReplyField, string>> {
  const problems: Partial<Record<PhoneReplyField, string>> = {};
  if (!v.answer) problems.answer = t('offers.phoneReplyChooseAnswer');
  if (v.answer === 'MESSAGE' && !v.message.trim()) problems.message = t('offers.phoneReplyNeedWords');
  if (!v.takenBy.trim()) problems.takenBy = t('offers.phoneReplyNeedTakenBy');
  return problems;
}
