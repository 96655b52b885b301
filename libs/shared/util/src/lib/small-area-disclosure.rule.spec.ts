import { MERGED_AREA, discloseSmallAreas } from './small-area-disclosure.rule';

const add = (a: number, b: number) => a + b;
const groups = (...ids: string[]) => new Set(ids);

describe('discloseSmallAreas', () => {
  it('shows an area of three groups or more as it is', () => {
    expect(discloseSmallAreas([{ area: '門司区', groupIds: groups('a', 'b', 'c'), figures: 7 }], add)).toEqual([
      { area: '門司区', groupCount: 3, figures: 7 },
    ]);
  });

  it('merges areas of fewer than three groups into one row, counting each group once', () => {
    const rows = discloseSmallAreas(
      [
        { area: '門司区', groupIds: groups('a', 'b', 'c'), figures: 7 },
        { area: '若松区', groupIds: groups('d', 'e'), figures: 4 },
        { area: '戸畑区', groupIds: groups('e', 'f'), figures: 2 },
      ],
      add,
    );
    expect(rows).toEqual([
      { area: '門司区', groupCount: 3, figures: 7 },
      { area: MERGED_AREA, groupCount: 3, figures: 6 },
    ]);
  });

  it('leaves out a merged row that is still fewer than three groups (one group could be pointed at)', () => {
    const rows = discloseSmallAreas(
      [
        { area: '門司区', groupIds: groups('a', 'b', 'c'), figures: 7 },
        { area: '若松区', groupIds: groups('d'), figures: 4 },
        { area: '戸畑区', groupIds: groups('d', 'e'), figures: 1 },
      ],
      add,
    );
    expect(rows.map((r) => r.area)).toEqual(['門司区']);
  });
});
