import type { Honorarium, NeedDraftFields } from '@tsunagu/shared/graphql-client';
import { needPublishProblems, todayInJapan } from '@tsunagu/shared/util';
import { choiceOfDeadline, DEFAULT_DEADLINE_CHOICE, type DeadlineChoice, deadlineToStore } from './need-deadline';
import type ja from '../../i18n/locales/ja.json';

export const HONORARIA: Honorarium[] = ['NONE', 'EXPENSES', 'PAID'];

/** The need form as the officer fills it in (text inputs hold strings). */
export interface NeedFormValues {
  groupId: string;
  template: string;
  title: string;
  description: string;
  fields: number[];
  /** the officer chose the fields; stop suggesting */
  fieldsChosen: boolean;
  helpKind: string;
  ward: string;
  place: string;
  startsOn: string;
  peopleNeeded: string;
  honorarium: Honorarium;
  /** 「いつまでに」 as chosen; the day stored follows from it (need-deadline.ts) */
  deadlineChoice: DeadlineChoice;
  /** the day a saved need already had, kept while the choice is KEEP */
  deadline: string;
}

export type NeedFormField =
  | 'groupId'
  | 'title'
  | 'description'
  | 'fields'
  | 'helpKind'
  | 'ward'
  | 'startsOn'
  | 'endsOn'
  | 'peopleNeeded'
  | 'deadline';

/** The form's own problems, and the publish rule's (its keys are `needs.publish.*` in both locales). */
export type NeedFormMessageKey =
  'needForm.problems.group' | 'needForm.problems.people' | `needs.publish.${keyof typeof ja.needs.publish}`;

/** A message key of the locale files and its parameters. */
export interface NeedFormProblem {
  key: NeedFormMessageKey;
  params?: Readonly<Record<string, number | string>>;
}

export const EMPTY_NEED_FORM: NeedFormValues = {
  groupId: '',
  template: '',
  title: '',
  description: '',
  fields: [],
  fieldsChosen: false,
  helpKind: '',
  ward: '',
  place: '',
  startsOn: '',
  peopleNeeded: '',
  honorarium: 'NONE',
  deadlineChoice: DEFAULT_DEADLINE_CHOICE,
  deadline: '',
};

/** What a saved need holds, as form values. */
export interface SavedNeed {
  group: { id: string };
  template?: string | null;
  title: string;
  description: string;
  fields: number[];
  helpKind: string;
  ward: string;
  place?: string | null;
  startsOn?: string | null;
  peopleNeeded?: number | null;
  honorarium: Honorarium;
  deadline?: string | null;
}

export function formOfNeed(need: SavedNeed, today = todayInJapan()): NeedFormValues {
  return {
    groupId: need.group.id,
    template: need.template ?? '',
    title: need.title,
    description: need.description,
    fields: need.fields,
    fieldsChosen: true,
    helpKind: need.helpKind,
    ward: need.ward,
    place: need.place ?? '',
    startsOn: need.startsOn ?? '',
    peopleNeeded: need.peopleNeeded != null ? String(need.peopleNeeded) : '',
    honorarium: need.honorarium,
    deadlineChoice: choiceOfDeadline(need.deadline, today),
    deadline: need.deadline ?? '',
  };
}

const PEOPLE = /^[1-9][0-9]{0,3}$/;

/** The number of people as the API takes it (a number the officer has not finished writing is not sent). */
function peopleOf(form: NeedFormValues): number | null {
  return PEOPLE.test(form.peopleNeeded) ? Number(form.peopleNeeded) : null;
}

/** The deadline day the need is saved with on `today`. */
export const deadlineOfForm = (form: NeedFormValues, today: string): string | null =>
  deadlineToStore(form.deadlineChoice, form.deadline, form.startsOn, today);

export function draftFields(form: NeedFormValues, today = todayInJapan()): NeedDraftFields {
  return {
    template: form.template || null,
    title: form.title,
    description: form.description,
    fields: form.fields,
    helpKind: form.helpKind || null,
    ward: form.ward || null,
    place: form.place || null,
    startsOn: form.startsOn || null,
    endsOn: null,
    peopleNeeded: peopleOf(form),
    honorarium: form.honorarium,
    deadline: deadlineOfForm(form, today),
  };
}

/**
 * The checks the server makes before publishing (the shared publish rule), said while typing,
 * plus what only the form can get wrong: no group chosen, a number of people that is not a number.
 */
export function needFormProblems(form: NeedFormValues, today: string): Partial<Record<NeedFormField, NeedFormProblem>> {
  const out: Partial<Record<NeedFormField, NeedFormProblem>> = {};
  if (!form.groupId) out.groupId = { key: 'needForm.problems.group' };
  const typedPeople = form.peopleNeeded !== '';
  const isNumber = /^[0-9]+$/.test(form.peopleNeeded);
  const problems = needPublishProblems(
    {
      title: form.title,
      description: form.description,
      fields: form.fields,
      helpKind: form.helpKind,
      ward: form.ward,
      startsOn: form.startsOn || null,
      endsOn: null,
      peopleNeeded: typedPeople && isNumber ? Number(form.peopleNeeded) : null,
      deadline: deadlineOfForm(form, today),
    },
    today,
  );
  for (const p of problems) {
    const key = p.key as NeedFormMessageKey;
    out[p.field] = p.params ? { key, params: p.params } : { key };
  }
  if (typedPeople && !isNumber) out.peopleNeeded = { key: 'needForm.problems.people' };
  // The list under the form follows the form's order.
  const ordered: Partial<Record<NeedFormField, NeedFormProblem>> = {};
  for (const field of FORM_ORDER) if (out[field]) ordered[field] = out[field];
  return ordered;
}

const FORM_ORDER: readonly NeedFormField[] = [
  'groupId',
  'title',
  'description',
  'fields',
  'helpKind',
  'ward',
  'startsOn',
  'endsOn',
  'peopleNeeded',
  'deadline',
];
