import type { PublishStoryInput } from '@tsunagu/shared/graphql-client';
import type { TFunction } from 'i18next';

/** The API's caps (story-side-input.ts): what fits on one printed A4 sheet with the other side's text. */
export const STORY_MAX = { whatHappened: 800, whatItTook: 400, title: 60 } as const;

export type StoryField = keyof typeof STORY_MAX;

export interface StoryFormValues {
  title: string;
  whatHappened: string;
  whatItTook: string;
  consent: boolean;
}

const length = (value: string) => [...value.trim()].length;

/** What the form refuses before sending, in the same words as the API. */
export function storyProblems(t: TFunction, v: StoryFormValues): Partial<Record<StoryField, string>> {
  const out: Partial<Record<StoryField, string>> = {};
  if (length(v.whatHappened) === 0) out.whatHappened = t('stories.form.required');
  for (const field of Object.keys(STORY_MAX) as StoryField[])
    if (!out[field] && length(v[field]) > STORY_MAX[field])
      out[field] = t('stories.form.tooLong', { max: STORY_MAX[field] });
  return out;
}

export function storyInput(v: StoryFormValues): PublishStoryInput {
  const optional = (value: string) => (value.trim() === '' ? null : value.trim());
  return {
    whatHappened: v.whatHappened.trim(),
    whatItTook: optional(v.whatItTook),
    title: optional(v.title),
    consent: v.consent,
  };
}
