import { autoAssign, cellsOf, walkingOrder } from './booth-layout';

const layout = { rows: 2, cols: 3, blocked: ['0-1'], stage: ['1-2'], entrance: [] };

describe('booth layout', () => {
  it('numbers the booths row by row and skips blocked cells, the stage and the entrance', () => {
    const cells = cellsOf(layout);
    expect(cells.filter((c) => c.kind === 'BOOTH').map((c) => [c.id, c.number])).toEqual([
      ['0-0', 1],
      ['0-2', 2],
      ['1-0', 3],
      ['1-1', 4],
    ]);
    expect(walkingOrder(layout).map((c) => c.id)).toEqual(['0-0', '0-2', '1-1', '1-0']);
  });

  it('puts NPOs of the same field side by side along the walking order, and only in free booths', () => {
    const placed = autoAssign(
      { rows: 1, cols: 5, blocked: [], stage: [], entrance: [] },
      [
        { applicationId: 'env-1', fields: [7], name: 'あ' },
        { applicationId: 'kids-1', fields: [13], name: 'い' },
        { applicationId: 'env-2', fields: [7, 3], name: 'う' },
        { applicationId: 'kids-2', fields: [13], name: 'え' },
      ],
      new Set(['0-0']),
    );
    expect([...placed.entries()]).toEqual([
      ['env-2', '0-1'],
      ['env-1', '0-2'],
      ['kids-1', '0-3'],
      ['kids-2', '0-4'],
    ]);
    const full = autoAssign(
      { rows: 1, cols: 1, blocked: [], stage: [], entrance: [] },
      [
        { applicationId: 'a', fields: [1], name: 'a' },
        { applicationId: 'b', fields: [2], name: 'b' },
      ],
      new Set(),
    );
    expect(full.size).toBe(1);
  });
});
