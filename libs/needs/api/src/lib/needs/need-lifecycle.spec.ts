import type { NeedEntity } from '../entities/need.entity';
import { needMessages } from '../needs.messages';
import { publishProblem } from './need-lifecycle';

const TODAY = '2026-05-10';
const GOOD = {
  title: '子ども食堂の配膳',
  description: '土曜のお昼に配膳を手伝ってください。',
  fields: [2],
  helpKind: 'VOLUNTEERS',
  ward: '小倉北区',
  startsOn: '2026-05-20',
  endsOn: null,
  peopleNeeded: 3,
  deadline: '2026-05-15',
} as unknown as NeedEntity;

describe('publishProblem', () => {
  it('words every problem of the shared publish rule from the needs catalogue', () => {
    const cases: Array<[Partial<NeedEntity>, string]> = [
      [{ title: '' }, 'title'],
      [{ description: '' }, 'description'],
      [{ fields: [] }, 'fields'],
      [{ helpKind: '' as NeedEntity['helpKind'] }, 'helpKind'],
      [{ ward: '' }, 'ward'],
      [{ startsOn: '2026-05-01', deadline: '2026-05-01' }, 'startsOn'],
      [{ endsOn: '2026-05-19' }, 'endsOn'],
      [{ peopleNeeded: 1001 }, 'peopleNeeded'],
      [{ deadline: '2026-05-09', startsOn: null }, 'deadline'],
      [{ deadline: '2026-05-21' }, 'deadline'],
    ];
    const messages = new Set(Object.values(needMessages));
    for (const [change, field] of cases) {
      const problem = publishProblem({ ...GOOD, ...change } as NeedEntity, TODAY);
      expect(problem?.field).toBe(field);
      expect(messages.has(problem!.message)).toBe(true);
    }
    expect(publishProblem(GOOD, TODAY)).toBeNull();
  });

  it('keeps the Japanese the API has always answered with', () => {
    expect(publishProblem({ ...GOOD, deadline: '2026-05-09', startsOn: null } as NeedEntity, TODAY)?.field).toBe(
      'deadline',
    );
    expect(publishProblem({ ...GOOD, title: '' } as NeedEntity, TODAY)?.message.ja).toBe(needMessages.publishTitle.ja);
  });

  it('publishes a need whose officer answered 「決めていない」 (no deadline)', () => {
    expect(publishProblem({ ...GOOD, deadline: null } as NeedEntity, TODAY)).toBeNull();
    // …while every other problem is still said first.
    expect(publishProblem({ ...GOOD, deadline: null, ward: '' } as NeedEntity, TODAY)?.field).toBe('ward');
  });
});
