/**
 * What a need must hold before others see it: one rule for the need form (said while typing) and
 * for the API (refused before publishing). Where the two used to disagree the API's rule was kept:
 * a deadline, when there is one, must come before the end of the activity (or its start), people 1–1000.
 */

/** A need's fields as both the form and the API hold them (dates are YYYY-MM-DD days in Japan). */
export interface NeedPublishInput {
  readonly title: string;
  readonly description: string;
  readonly fields: readonly number[];
  readonly helpKind?: string | null;
  readonly ward?: string | null;
  readonly startsOn?: string | null;
  readonly endsOn?: string | null;
  readonly peopleNeeded?: number | null;
  readonly deadline?: string | null;
}

export type NeedPublishField =
  'title' | 'description' | 'fields' | 'helpKind' | 'ward' | 'startsOn' | 'endsOn' | 'peopleNeeded' | 'deadline';

export interface NeedPublishProblem {
  readonly field: NeedPublishField;
  /** The contract's error code the API answers with. */
  readonly code: 'BAD_USER_INPUT';
  /** A message key of the ja/en catalogues (web and API), e.g. `needs.publish.titleRequired`. */
  readonly key: string;
  readonly params?: Readonly<Record<string, number | string>>;
}

export const NEED_TITLE_MIN_LENGTH = 4;
export const NEED_DESCRIPTION_MIN_LENGTH = 10;
export const NEED_PEOPLE_MIN = 1;
export const NEED_PEOPLE_MAX = 1000;

function problem(
  field: NeedPublishField,
  name: string,
  params?: Readonly<Record<string, number | string>>,
): NeedPublishProblem {
  return { field, code: 'BAD_USER_INPUT', key: `needs.publish.${name}`, ...(params ? { params } : {}) };
}

/**
 * Every problem, at most one a field, in the order of the form (the API reports the first).
 * `today` is the day in Japan: deadlines are days in Kitakyushu, not in UTC.
 */
export function needPublishProblems(need: NeedPublishInput, today: string): NeedPublishProblem[] {
  const out: NeedPublishProblem[] = [];
  if (need.title.trim().length < NEED_TITLE_MIN_LENGTH) {
    out.push(problem('title', 'titleRequired', { min: NEED_TITLE_MIN_LENGTH }));
  }
  if (need.description.trim().length < NEED_DESCRIPTION_MIN_LENGTH) {
    out.push(problem('description', 'descriptionRequired', { min: NEED_DESCRIPTION_MIN_LENGTH }));
  }
  if (need.fields.length === 0) out.push(problem('fields', 'fieldsRequired'));
  if (!need.helpKind) out.push(problem('helpKind', 'helpKindRequired'));
  if (!need.ward) out.push(problem('ward', 'wardRequired'));
  const { startsOn, endsOn, deadline, peopleNeeded } = need;
  if (startsOn && startsOn < today) out.push(problem('startsOn', 'startsOnPast'));
  if (startsOn && endsOn && endsOn < startsOn) out.push(problem('endsOn', 'endsOnBeforeStart'));
  if (
    peopleNeeded != null &&
    (!Number.isInteger(peopleNeeded) || peopleNeeded < NEED_PEOPLE_MIN || peopleNeeded > NEED_PEOPLE_MAX)
  ) {
    out.push(problem('peopleNeeded', 'peopleOutOfRange', { min: NEED_PEOPLE_MIN, max: NEED_PEOPLE_MAX }));
  }
  // No deadline is an answer (「決めていない」): the need stays open until the group ends it.
  if (!deadline) return out;
  if (deadline < today) out.push(problem('deadline', 'deadlinePast'));
  else if (startsOn && deadline > (endsOn ?? startsOn)) out.push(problem('deadline', 'deadlineAfterActivity'));
  return out;
}

/** The first problem (what the API refuses with), or null when the need may be published. */
export function needPublishProblem(need: NeedPublishInput, today: string): NeedPublishProblem | null {
  return needPublishProblems(need, today)[0] ?? null;
}
