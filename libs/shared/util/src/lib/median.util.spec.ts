import { median } from './median.util';

describe('median', () => {
  it('is the middle value, or the mean of the two middle ones, to one decimal; none for no values', () => {
    expect(median([])).toBeNull();
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 2, 10])).toBe(3);
    expect(median([1 / 3])).toBe(0.3);
  });
});
