import { badUserInput } from '@tsunagu/shared/api-core';
import { storiesMessages as m } from '../stories.messages';
import type { PublishStoryInput } from './story.model';

/** One side of a story as it is stored: trimmed, empty boxes as no value. */
export interface CleanStorySide {
  readonly whatHappened: string;
  readonly whatItTook: string | null;
  readonly title: string | null;
  readonly consent: boolean;
}

/** What fits on one printed A4 sheet with the other side's text beside it. */
export const STORY_MAX = { whatHappened: 800, whatItTook: 400, title: 60 } as const;

const text = (value: string | null | undefined): string | null => {
  const flat = (value ?? '').normalize('NFC').trim();
  return flat === '' ? null : flat;
};

function capped(value: string | null, field: keyof typeof STORY_MAX): string | null {
  if (value !== null && [...value].length > STORY_MAX[field])
    throw badUserInput(m.textTooLong, field, { max: STORY_MAX[field] });
  return value;
}

/** The caller's side, checked: what happened is required, every text within what one sheet holds. */
export function cleanStorySide(input: PublishStoryInput): CleanStorySide {
  const whatHappened = capped(text(input.whatHappened), 'whatHappened');
  if (whatHappened === null) throw badUserInput(m.whatHappenedMissing, 'whatHappened');
  return {
    whatHappened,
    whatItTook: capped(text(input.whatItTook), 'whatItTook'),
    title: capped(text(input.title), 'title'),
    consent: input.consent,
  };
}
