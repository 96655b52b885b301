import { funnelFigures } from './funnel-figures';
import { OutreachStep } from './outreach-funnel.model';

const day = (n: number) => new Date(Date.UTC(2026, 0, 1) + n * 86_400_000);
const journey = (ward: string | null, steps: Partial<Record<OutreachStep, Date>>) => ({
  ward,
  steps: {
    REQUESTED: day(0),
    LETTER_PRINTED: null,
    CODE_USED: null,
    CLAIMED: null,
    OFFERED: null,
    MATCHED: null,
    ...steps,
  },
});

describe('funnelFigures', () => {
  const journeys = [
    journey('門司区', { LETTER_PRINTED: day(2), CODE_USED: day(9), CLAIMED: day(9), OFFERED: day(10) }),
    journey('門司区', { LETTER_PRINTED: day(4) }),
    journey('八幡西区', { LETTER_PRINTED: day(6), CLAIMED: day(20), OFFERED: day(21), MATCHED: day(25) }),
    journey(null, {}),
  ];

  it('counts the NPOs at each step and the median days from their first request, city first', () => {
    const { city } = funnelFigures(journeys, ['門司区', '八幡西区'], 'ja');
    expect(city.ward).toBeNull();
    expect(city.steps.map((s) => [s.step, s.count, s.medianDays])).toEqual([
      ['REQUESTED', 4, null],
      ['LETTER_PRINTED', 3, 4],
      ['CODE_USED', 1, 9],
      ['CLAIMED', 2, 14.5],
      ['OFFERED', 2, 15.5],
      ['MATCHED', 1, 25],
    ]);
  });

  it('lists every ward asked for, empty ones too, with the NPOs of that ward only', () => {
    const { wards } = funnelFigures(journeys, ['門司区', '八幡西区', '戸畑区'], 'en');
    expect(wards.map((w) => [w.ward, w.steps.map((s) => s.count)])).toEqual([
      ['門司区', [2, 2, 1, 1, 1, 0]],
      ['八幡西区', [1, 1, 0, 1, 1, 1]],
      ['戸畑区', [0, 0, 0, 0, 0, 0]],
    ]);
    expect(wards[2].steps.every((s) => s.medianDays === null)).toBe(true);
    expect(wards[0].steps.map((s) => s.label)).toEqual([
      'Requested',
      'Letter printed',
      'Number used',
      'Claimed',
      'Offered',
      'Matched',
    ]);
  });

  it('a step dated before the first request (a letter printed earlier) counts as day 0, never negative', () => {
    const { city } = funnelFigures([journey('門司区', { LETTER_PRINTED: day(-3) })], ['門司区'], 'ja');
    expect(city.steps[1]).toMatchObject({ count: 1, medianDays: 0, label: '手紙を印刷した' });
  });
});
