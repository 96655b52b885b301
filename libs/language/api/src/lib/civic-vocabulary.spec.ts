import { JapaneseAnalyser } from './japanese-analyser';

/** Rules of the civic thesaurus (tools/thesaurus) that the analyser must read as officers mean them. */
describe('civic vocabulary', () => {
  const analyser = new JapaneseAnalyser();
  beforeAll(() => analyser.ready(), 30_000);
  const concepts = (text: string) => [...analyser.analyse(text).concepts.keys()];

  it('reads shopping on the net as mail order, a consumer topic, not as shopping help', () => {
    for (const text of [
      'ネットの買い物でもめごとにあわない話',
      'ネットで買い物するときに気をつけること',
      'インターネットでの買い物',
    ]) {
      expect(concepts(text)).toContain('fraud');
      expect(concepts(text)).not.toContain('mobility-shopping');
    }
    expect(concepts('足が悪いので買い物を手伝ってほしい')).toContain('mobility-shopping');
    expect(concepts('足が悪いので買い物を手伝ってほしい')).not.toContain('fraud');
  });
});
