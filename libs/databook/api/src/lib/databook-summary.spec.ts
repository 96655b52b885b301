import { summaryOf } from './databook-summary';

describe(summaryOf.name, () => {
  const options = {
    groupBy: 'ward' as const,
    wards: ['八幡西区', '戸畑区'],
    fields: [1, 13],
    certifiedOnly: true,
    editionYear: 2026,
  };

  it('says what a book holds in Japanese, lists joined with 「・」', () => {
    expect(summaryOf(options, 'ja')).toBe('2026年版／A4／区ごと／八幡西区・戸畑区／保健・医療・福祉・子ども／認定のみ');
  });

  it('says it in English with no Japanese but the ward names, lists joined with ", "', () => {
    const english = summaryOf(options, 'en');
    expect(english).toMatch(/^2026 edition; A4; by ward; 八幡西区, 戸畑区; Health & welfare, [^;]+; certified only$/);
    expect(english.replace(/八幡西区|戸畑区/g, '')).not.toMatch(/[\u3040-\u30ff\u4e00-\u9fff・、／]/);
  });
});
