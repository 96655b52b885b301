import { JapaneseAnalyser } from '@tsunagu/language/api';
import type { HelperKind } from '@tsunagu/npo/api';
import { inLanguage } from './match-reasons';
import type { NeedFeatures, NpoFeatures } from './match-scorer';
import { rankHelpers } from './rank-helpers';
import { needTerms, topicProfile } from './topic-profile';

const analyser = new JapaneseAnalyser();
beforeAll(() => analyser.ready(), 30_000);

const need = (title: string, description: string): NeedFeatures => ({
  fields: [14],
  ward: '戸畑区',
  helpKind: 'SKILLS',
  terms: needTerms(analyser.analyse(title), analyser.analyse(description)),
});

const helper = (id: string, kind: string, text: string, ward: string, fields: number[] = [14]): NpoFeatures => ({
  id,
  kind: kind as HelperKind,
  ward,
  inCity: true,
  city: '北九州市',
  fields,
  helpKinds: [],
  claimed: false,
  answeredRecently: false,
  topics: topicProfile(analyser.analyse(text)),
});

describe('rankHelpers', () => {
  const pool = () => [
    helper('npo', 'NPO', '自治会のホームページづくりを手伝う', '八幡西区'),
    helper('company', 'COMPANY', '自治会・町内会のホームページづくり、LINEでのお知らせの出し方を手伝う', '戸畑区'),
    helper('university', 'UNIVERSITY', '学生が町内会と一緒にホームページ・SNSをつくる', '小倉南区'),
    helper('weeds', 'NPO', '草刈りと清掃', '若松区', [7]),
  ];
  const wish = () => need('自治会のお知らせをホームページやLINEで出したい', '回覧板だけでなく、ネットでも知らせたい');

  it('weighs every kind by the same words when no kind is asked, a company first when it fits best', () => {
    const ranked = rankHelpers(wish(), pool(), [], [], 10);
    expect(ranked.map((r) => r.npoId)).toEqual(expect.arrayContaining(['npo', 'company', 'university']));
    expect(ranked[0].npoId).toBe('company');
  });

  it('says first what kind of helper a non-NPO is, and nothing of the kind for an NPO', () => {
    const ranked = rankHelpers(wish(), pool(), [], [], 10);
    const of = (id: string) => ranked.find((r) => r.npoId === id)!;
    expect(inLanguage(of('company').reasons, 'ja')[0]).toBe('企業です（地域のために活動しているチーム）');
    expect(inLanguage(of('university').reasons, 'en')[0]).toMatch(/^A university group/);
    expect(inLanguage(of('npo').reasons, 'ja').join()).not.toMatch(/企業です|大学の/);
  });

  it('leaves out the kinds not asked, and keeps the NPOs in the order and scores they have among every kind', () => {
    const every = rankHelpers(wish(), pool(), [], [], 10);
    const npos = rankHelpers(wish(), pool(), [], ['NPO' as HelperKind], 10);
    expect(npos.map((r) => r.npoId)).toEqual(
      every.filter((r) => r.npoId === 'npo' || r.npoId === 'weeds').map((r) => r.npoId),
    );
    expect(npos.find((r) => r.npoId === 'npo')?.score).toBe(every.find((r) => r.npoId === 'npo')?.score);
    const others = rankHelpers(wish(), pool(), [], ['COMPANY', 'UNIVERSITY'] as HelperKind[], 10);
    expect(others.map((r) => r.npoId).sort()).toEqual(['company', 'university']);
  });

  it('filters the helpers outside the city by kind too', () => {
    const outside = { ...helper('far', 'COMPANY', '町内会のホームページづくり', '福岡市'), inCity: false, ward: null };
    expect(rankHelpers(wish(), pool(), [outside], ['NPO' as HelperKind], 10).map((r) => r.npoId)).not.toContain('far');
    expect(rankHelpers(wish(), pool(), [outside], [], 10).map((r) => r.npoId)).toContain('far');
  });
});
