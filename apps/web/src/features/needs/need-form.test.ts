import { describe, expect, it } from 'vitest';
import en from '../../i18n/locales/en.json';
import ja from '../../i18n/locales/ja.json';
import { draftFields, EMPTY_NEED_FORM, needFormProblems, type NeedFormValues } from './need-form';

const TODAY = '2026-05-10';
const FILLED: NeedFormValues = {
  ...EMPTY_NEED_FORM,
  groupId: 'g1',
  title: 'スマホ教室の先生',
  description: 'シニア向けのスマホ教室で教えてください。',
  fields: [8],
  helpKind: 'LECTURER',
  ward: '八幡西区',
  startsOn: '2026-06-01',
  deadlineChoice: 'KEEP',
  deadline: '2026-05-20',
};

function lookUp(locale: unknown, key: string): unknown {
  return key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], locale);
}

describe('needFormProblems', () => {
  it('finds nothing in a filled-in form', () => {
    expect(needFormProblems(FILLED, TODAY)).toEqual({});
  });

  it('says every problem of an empty form, in the order of the form; 「いつまでに」 has an answer already', () => {
    expect(Object.keys(needFormProblems(EMPTY_NEED_FORM, TODAY)).join(' ')).toBe(
      'groupId title description fields helpKind ward',
    );
  });

  it('takes 「決めていない」 as an answer', () => {
    expect(needFormProblems({ ...FILLED, deadlineChoice: 'NONE' }, TODAY)).toEqual({});
  });

  it('takes the publish rule of the API: 1 to 1000 people, the deadline no later than the activity', () => {
    expect(needFormProblems({ ...FILLED, peopleNeeded: '1000' }, TODAY)).toEqual({});
    expect(needFormProblems({ ...FILLED, peopleNeeded: '1001' }, TODAY).peopleNeeded?.key).toBe(
      'needs.publish.peopleOutOfRange',
    );
    expect(needFormProblems({ ...FILLED, peopleNeeded: '三人' }, TODAY).peopleNeeded?.key).toBe(
      'needForm.problems.people',
    );
    // A deadline after the activity is brought back to the activity's day rather than refused.
    expect(needFormProblems({ ...FILLED, deadline: '2026-06-02' }, TODAY)).toEqual({});
    expect(draftFields({ ...FILLED, deadline: '2026-06-02' }, TODAY).deadline).toBe('2026-06-01');
    expect(needFormProblems({ ...FILLED, deadline: '2026-05-09', startsOn: '' }, TODAY).deadline?.key).toBe(
      'needs.publish.deadlinePast',
    );
  });

  it('has a message in both languages for every problem it can say', () => {
    const keys = new Set<string>();
    const forms: NeedFormValues[] = [
      EMPTY_NEED_FORM,
      { ...FILLED, startsOn: '2026-05-01', peopleNeeded: '0' },
      { ...FILLED, peopleNeeded: 'x', deadline: '2026-07-01' },
      { ...FILLED, deadline: '2026-05-01', startsOn: '' },
    ];
    for (const form of forms) for (const p of Object.values(needFormProblems(form, TODAY))) keys.add(p.key);
    expect(keys.size).toBeGreaterThanOrEqual(9);
    for (const key of keys) {
      expect(typeof lookUp(ja, key)).toBe('string');
      expect(typeof lookUp(en, key)).toBe('string');
    }
  });
});

describe('draftFields', () => {
  it('sends what the officer wrote, empty choices as null, a number of people only when it is one', () => {
    expect(draftFields({ ...FILLED, peopleNeeded: '3', place: '' })).toMatchObject({
      title: FILLED.title,
      fields: [8],
      place: null,
      endsOn: null,
      peopleNeeded: 3,
      deadline: '2026-05-20',
    });
    expect(draftFields({ ...FILLED, peopleNeeded: '三' }).peopleNeeded).toBeNull();
    expect(draftFields(EMPTY_NEED_FORM, TODAY)).toMatchObject({
      helpKind: null,
      ward: null,
      startsOn: null,
      deadline: '2026-06-30',
    });
    expect(draftFields({ ...EMPTY_NEED_FORM, deadlineChoice: 'NONE' }, TODAY).deadline).toBeNull();
  });
});
