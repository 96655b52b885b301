import type { NeedFact } from '@tsunagu/needs/api';
import { needsStatistics } from './needs-statistics';

let n = 0;
function fact(partial: Partial<NeedFact> & Pick<NeedFact, 'groupId' | 'ward'>): NeedFact {
  n += 1;
  return {
    needId: `need-${n}`,
    fields: [13],
    helpKind: 'VOLUNTEERS',
    status: 'PUBLISHED',
    hidden: false,
    createdAt: new Date('2026-10-01T00:00:00Z'),
    publishedAt: new Date('2026-10-10T03:00:00Z'),
    closedAt: null,
    firstOfferAt: null,
    matchedAt: null,
    offerCount: 0,
    helperIds: [],
    // as the repository reads them: a need with offers has the time of its first one
    ...(partial.offerCount ? { firstOfferAt: new Date('2026-10-11T03:00:00Z') } : {}),
    ...partial,
  };
}

describe(needsStatistics.name, () => {
  it('counts per month (Japan time), ward and field: published, with an offer, matched, done', () => {
    const rows = needsStatistics([
      fact({ groupId: 'g1', ward: '八幡西区', offerCount: 2, matchedAt: new Date(), status: 'DONE' }),
      fact({ groupId: 'g2', ward: '八幡西区', offerCount: 1 }),
      fact({ groupId: 'g3', ward: '八幡西区', fields: [13, 3] }),
      // 15:30 UTC on 31 October is 00:30 on 1 November in Kitakyushu
      fact({ groupId: 'g3', ward: '八幡西区', publishedAt: new Date('2026-10-31T15:30:00Z') }),
    ]);
    expect(rows).toEqual([
      {
        month: '2026-10',
        ward: '八幡西区',
        field: 3,
        field_name: 'まちづくり',
        needs_published: 1,
        needs_with_offer: 0,
        needs_matched: 0,
        needs_done: 0,
      },
      {
        month: '2026-10',
        ward: '八幡西区',
        field: 13,
        field_name: expect.any(String),
        needs_published: 3,
        needs_with_offer: 2,
        needs_matched: 1,
        needs_done: 1,
      },
      {
        month: '2026-11',
        ward: '八幡西区',
        field: 13,
        field_name: expect.any(String),
        needs_published: 1,
        needs_with_offer: 0,
        needs_matched: 0,
        needs_done: 0,
      },
    ]);
  });

  it('merges wards of fewer than 3 groups into その他の区, and drops the merge when it is still too small', () => {
    const big = ['g1', 'g2', 'g3'].map((groupId) => fact({ groupId, ward: '小倉北区' }));
    const rows = needsStatistics([
      ...big,
      fact({ groupId: 'g4', ward: '門司区' }),
      fact({ groupId: 'g5', ward: '若松区' }),
      fact({ groupId: 'g5', ward: '若松区' }),
    ]);
    // 門司区 and 若松区 are two groups together: fewer than 3, so they are in no row
    expect(rows.map((r) => [r.ward, r.needs_published])).toEqual([['小倉北区', 3]]);

    const merged = needsStatistics([
      ...big,
      ...['g4', 'g5', 'g6'].map((groupId, i) => fact({ groupId, ward: ['門司区', '若松区', '戸畑区'][i] })),
    ]);
    expect(merged.map((r) => [r.ward, r.needs_published])).toEqual([
      ['小倉北区', 3],
      ['その他の区', 3],
    ]);
    expect(merged.map((r) => r.ward)).not.toContain('門司区');
  });

  it('leaves hidden needs out of the counts and of the groups that make a ward public', () => {
    const rows = needsStatistics([
      fact({ groupId: 'g1', ward: '戸畑区' }),
      fact({ groupId: 'g2', ward: '戸畑区' }),
      fact({ groupId: 'g3', ward: '戸畑区', hidden: true }),
    ]);
    expect(rows).toEqual([]);
  });

  it('counts a need with no field under 分野なし', () => {
    const rows = needsStatistics(['g1', 'g2', 'g3'].map((groupId) => fact({ groupId, ward: '戸畑区', fields: [] })));
    expect(rows).toEqual([expect.objectContaining({ field: null, field_name: '分野なし', needs_published: 3 })]);
  });
});
