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

  it('reads branch cutting and tree care on a hill as woodland care, which forest groups do', () => {
    expect(concepts('登り道の枝はらいと草刈りを手伝って')).toEqual(
      expect.arrayContaining(['woodland-care', 'weeding']),
    );
    expect(concepts('山の木の手入れにくわしい人')).toContain('woodland-care');
    // a helper saying 森林保全 does woodland care and still works for nature
    expect(concepts('竹林整備、自然観察、森林保全に関する事業')).toEqual(
      expect.arrayContaining(['woodland-care', 'nature', 'bamboo']),
    );
    expect(concepts('集会所のまわりの草刈り')).not.toContain('woodland-care');
  });

  it('reads the industrial past (製鉄, 高炉, 炭鉱) as local history, not as work or industry', () => {
    for (const text of ['八幡の製鉄の昔を聞きながら歩きたい', '東田の高炉のあとを見て回る', '炭鉱の跡をめぐる']) {
      expect(concepts(text)).toContain('tourism-history');
      expect(concepts(text)).not.toContain('economy');
      expect(concepts(text)).not.toContain('employment');
    }
  });
});
