import { type NeedPublishInput, needPublishProblem, needPublishProblems } from './need-publish.rule';

const TODAY = '2026-05-10';
const GOOD: NeedPublishInput = {
  title: '子ども食堂の配膳',
  description: '土曜のお昼に配膳を手伝ってください。',
  fields: [2],
  helpKind: 'VOLUNTEERS',
  ward: '小倉北区',
  startsOn: '2026-05-20',
  endsOn: null,
  peopleNeeded: 3,
  deadline: '2026-05-15',
};

const fieldsOf = (need: Partial<NeedPublishInput>) =>
  needPublishProblems({ ...GOOD, ...need }, TODAY).map((p) => p.field);

describe('needPublishProblems', () => {
  it('finds nothing in a complete need', () => {
    expect(needPublishProblems(GOOD, TODAY)).toEqual([]);
    expect(needPublishProblem(GOOD, TODAY)).toBeNull();
  });

  it('asks for a title of 4 characters and a description of 10, not counting spaces', () => {
    expect(needPublishProblems({ ...GOOD, title: '  配膳 ', description: '手伝って         ' }, TODAY)).toEqual([
      { field: 'title', code: 'BAD_USER_INPUT', key: 'needs.publish.titleRequired', params: { min: 4 } },
      { field: 'description', code: 'BAD_USER_INPUT', key: 'needs.publish.descriptionRequired', params: { min: 10 } },
    ]);
    expect(fieldsOf({ title: '配膳係り', description: '0123456789' })).toEqual([]);
  });

  it('asks for at least one field, a kind of help and a ward', () => {
    expect(fieldsOf({ fields: [], helpKind: '', ward: null })).toEqual(['fields', 'helpKind', 'ward']);
  });

  it('refuses an activity day that has passed, and an end before the start', () => {
    expect(fieldsOf({ startsOn: '2026-05-09', deadline: '2026-05-09' })).toContain('startsOn');
    expect(fieldsOf({ startsOn: TODAY, deadline: TODAY })).toEqual([]);
    expect(fieldsOf({ startsOn: '2026-05-20', endsOn: '2026-05-19' })).toEqual(['endsOn']);
  });

  it('takes 1 to 1000 people, or none said', () => {
    expect(fieldsOf({ peopleNeeded: null })).toEqual([]);
    expect(fieldsOf({ peopleNeeded: 1000 })).toEqual([]);
    expect(fieldsOf({ peopleNeeded: 0 })).toEqual(['peopleNeeded']);
    expect(fieldsOf({ peopleNeeded: 1001 })).toEqual(['peopleNeeded']);
    expect(fieldsOf({ peopleNeeded: 2.5 })).toEqual(['peopleNeeded']);
  });

  it('takes no deadline as an answer, and a deadline only if it has not passed and comes no later than the activity', () => {
    const key = (need: Partial<NeedPublishInput>) => needPublishProblem({ ...GOOD, ...need }, TODAY)?.key;
    expect(key({ deadline: null })).toBeUndefined();
    expect(key({ deadline: '2026-05-09', startsOn: null })).toBe('needs.publish.deadlinePast');
    expect(key({ deadline: '2026-05-21' })).toBe('needs.publish.deadlineAfterActivity');
    expect(key({ deadline: '2026-05-20' })).toBeUndefined();
    // An activity over several days: the deadline may fall up to its last day (the API's rule).
    expect(key({ startsOn: '2026-05-20', endsOn: '2026-05-22', deadline: '2026-05-22' })).toBeUndefined();
    expect(key({ startsOn: '2026-05-20', endsOn: '2026-05-22', deadline: '2026-05-23' })).toBe(
      'needs.publish.deadlineAfterActivity',
    );
    expect(key({ startsOn: null, deadline: '2027-01-01' })).toBeUndefined();
  });

  it('reports the first problem in form order, as the API refuses with', () => {
    expect(needPublishProblem({ ...GOOD, title: '', deadline: null }, TODAY)?.field).toBe('title');
  });
});
