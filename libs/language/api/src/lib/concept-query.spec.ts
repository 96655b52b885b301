import { conceptQuery } from './concept-query';
import { JapaneseAnalyser } from './japanese-analyser';

describe('conceptQuery', () => {
  const analyser = new JapaneseAnalyser();
  beforeAll(() => analyser.ready(), 30_000);

  it('turns every spelling of a topic into the same concept filter', () => {
    const read = ['子ども食堂', '子供食堂', 'こども食堂'].map((q) => conceptQuery(analyser, q));
    for (const r of read) expect(r).toEqual({ q: '', concepts: ['kodomo-shokudo'] });
  });

  it('drops who asks once a topic is named, and keeps the other words as words', () => {
    expect(conceptQuery(analyser, '町内会の清掃')).toEqual({ q: '', concepts: ['cleaning'] });
    expect(conceptQuery(analyser, '玄海の見守り')).toEqual({ q: '玄海の見守り', concepts: ['watching-over'] });
    // an NPO's name is still searched whole
    expect(conceptQuery(analyser, '到津高齢者見守り応援団').q).toBe('到津高齢者見守り応援団');
  });

  it('searches words as typed when they name no topic (an NPO name, 町内会 alone)', () => {
    expect(conceptQuery(analyser, '皿倉ネットワーク')).toEqual({ q: '皿倉ネットワーク', concepts: [] });
    expect(conceptQuery(analyser, '町内会')).toEqual({ q: '町内会', concepts: [] });
  });
});
