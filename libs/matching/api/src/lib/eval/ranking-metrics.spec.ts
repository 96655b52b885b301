import { ndcgAt, recallAt } from './ranking-metrics';

describe('ranking metrics', () => {
  const judged = new Map([
    ['a', 2],
    ['b', 1],
    ['c', 1],
  ]);

  it('gives 1 to the ideal order and less when a relevant NPO is pushed down', () => {
    expect(ndcgAt(10, ['a', 'b', 'c'], judged)).toBeCloseTo(1);
    const worse = ndcgAt(10, ['x', 'b', 'c', 'a'], judged);
    expect(worse).toBeLessThan(0.8);
    expect(worse).toBeGreaterThan(0);
    expect(ndcgAt(10, ['x', 'y'], judged)).toBe(0);
  });

  it('counts recall out of at most k relevant items', () => {
    expect(recallAt(10, ['a', 'x', 'c'], judged)).toBeCloseTo(2 / 3);
    const many = new Map(Array.from({ length: 14 }, (_, i) => [`r${i}`, 1]));
    expect(
      recallAt(
        10,
        Array.from({ length: 10 }, (_, i) => `r${i}`),
        many,
      ),
    ).toBe(1);
    expect(recallAt(2, ['r0', 'x'], many)).toBe(0.5);
  });
});
