import type { NeedTerm } from '@tsunagu/matching/api';
import { type SchemeTopics, matchSchemes } from './scheme-matcher';

const concept = (key: string, text: string, weight = 1.5): NeedTerm => ({ kind: 'concept', key, text, weight });
const scheme = (id: string, concepts: string[], fields: number[] = [], mentioned: string[] = []): SchemeTopics => ({
  id,
  name: id,
  concepts: new Set(concepts),
  mentioned: new Set(mentioned),
  fields,
});

const ONLINE = [concept('publicity-online', 'ホームページ'), concept('digital', 'LINE', 1)];
const CATALOGUE = [
  scheme('kadai', ['publicity-online', 'digital', 'neighbourhood-association'], [3]),
  scheme('senmonka', ['community-development', 'digital']),
  scheme('mansion', ['housing']),
];

/** English with the quoted parts taken out holds no Japanese. */
const outsideQuotes = (text: string) => text.replace(/“[^”]*”/g, '');
const JAPANESE = /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u;

describe(matchSchemes.name, () => {
  it('puts the scheme sharing the most of what the need asks about first, and leaves out those sharing nothing', () => {
    const fits = matchSchemes({ terms: ONLINE, fields: [] }, CATALOGUE);
    expect(fits.map((f) => f.schemeId)).toEqual(['kadai', 'senmonka']);
    expect(fits[0]?.reasons.map((r) => r.ja)).toEqual([
      '『ホームページ・SNSでの発信』に使える制度です（募集の「ホームページ」）',
      '『スマホ・パソコン』に使える制度です（募集の「LINE」）',
    ]);
  });

  it('gives reasons in English with only the need’s own words in Japanese, quoted', () => {
    const [first] = matchSchemes({ terms: ONLINE, fields: [3] }, CATALOGUE);
    expect(first?.reasons.map((r) => r.en)).toEqual([
      'A scheme for “websites and social media” (the need says “ホームページ”)',
      'A scheme for “smartphones and computers” (the need says “LINE”)',
      'A scheme in the field “Community development”',
    ]);
    for (const reason of first?.reasons ?? []) expect(outsideQuotes(reason.en)).not.toMatch(JAPANESE);
  });

  it('never fits on who asks alone: a concept the engine weighs at zero (自治会) is no reason', () => {
    const terms = [concept('neighbourhood-association', '自治会', 0)];
    expect(matchSchemes({ terms, fields: [] }, CATALOGUE)).toEqual([]);
  });

  it('fits on a field the group chose, below a fit on a topic', () => {
    const fits = matchSchemes({ terms: [concept('housing', 'マンション')], fields: [3] }, CATALOGUE);
    expect(fits.map((f) => f.schemeId)).toEqual(['mansion', 'kadai']);
    expect(fits[1]?.reasons.map((r) => r.ja)).toEqual(['活動分野『まちづくり』の制度です']);
  });

  it('names a concept once when the need says it in the concept’s own word', () => {
    const [fit] = matchSchemes({ terms: [concept('housing', '住まい')], fields: [] }, CATALOGUE);
    expect(fit?.reasons.map((r) => r.ja)).toEqual(['『住まい』に使える制度です']);
  });

  it('weighs a topic the scheme only mentions below one staff chose it for', () => {
    const chosen = scheme('chosen', ['publicity-online']);
    const mentioned = scheme('mentioned', [], [], ['publicity-online', 'digital']);
    const fits = matchSchemes({ terms: ONLINE, fields: [] }, [mentioned, chosen]);
    expect(fits.map((f) => [f.schemeId, f.score])).toEqual([
      ['chosen', 1.5],
      ['mentioned', 1.25],
    ]);
  });

  it('gives at most three schemes and no filler', () => {
    const many = ['a', 'b', 'c', 'd', 'e'].map((id) => scheme(id, ['digital']));
    expect(matchSchemes({ terms: ONLINE, fields: [] }, many)).toHaveLength(3);
    expect(matchSchemes({ terms: [concept('disaster-prevention', '防災')], fields: [] }, many)).toEqual([]);
  });
});
