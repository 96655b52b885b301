import { conceptById, conceptsOfWord, findThesaurusWords, suggestFields, wordsOfConcept } from './civic-thesaurus';

const conceptsIn = (text: string) => findThesaurusWords(text).map((h) => [h.text, [...h.concepts]]);

describe('civic thesaurus', () => {
  it('keeps civic compounds whole, longest first', () => {
    expect(conceptsIn('子ども食堂を始めたい')).toEqual([['子ども食堂', ['kodomo-shokudo']]]);
    expect(findThesaurusWords('まちづくり協議会で回覧板を回す').map((h) => h.text)).toEqual([
      'まちづくり協議会',
      '回覧板',
    ]);
    expect(findThesaurusWords('一人暮らしの方の安否確認と草刈り').map((h) => h.text)).toEqual([
      '一人暮らし',
      '安否確認',
      '草刈り',
    ]);
  });

  it('gives the three spellings of 子ども食堂 one concept', () => {
    for (const spelling of ['子ども食堂', '子供食堂', 'こども食堂'])
      expect(conceptsOfWord(spelling)).toEqual(['kodomo-shokudo']);
  });

  it('puts 自治会 and 町内会 in one context concept, 見守り and 安否確認 in one topic', () => {
    expect(conceptsOfWord('自治会')).toEqual(conceptsOfWord('町内会'));
    expect(conceptById(conceptsOfWord('町内会')[0])?.role).toBe('context');
    expect(conceptsOfWord('見守り')).toEqual(conceptsOfWord('安否確認'));
  });

  it('takes Sudachi synonyms that were allowed and leaves out the refused ones', () => {
    const care = conceptById('care');
    expect(care && wordsOfConcept(care)).toContain('看病');
    expect(care && wordsOfConcept(care)).not.toContain('介錯');
    const waste = conceptById('waste-recycling');
    expect(waste && wordsOfConcept(waste)).not.toContain('埃');
  });

  it('matches Latin words only whole and folds full-width letters', () => {
    expect(conceptsIn('ＩＴが苦手')).toEqual([['IT', ['digital']]]);
    expect(findThesaurusWords('ITEMを並べる')).toEqual([]);
  });

  it('finds no concept word inside a stop word (催し in 開催し)', () => {
    expect(findThesaurusWords('音楽会を開催します', { inflected: true }).map((h) => h.text)).toEqual(['音楽会']);
    expect(findThesaurusWords('不登校の子の居場所').map((h) => h.text)).toEqual(['不登校', '居場所']);
  });

  it('never lets one character stand for a concept (畑 in 戸畑)', () => {
    expect(findThesaurusWords('戸畑区の集まり').map((h) => h.text)).not.toContain('畑');
  });

  it('suggests the fields of the topics named, not of who asks', () => {
    expect(suggestFields('子ども食堂のボランティア')).toEqual([13, 1]);
    expect(suggestFields('町内会の集まり')).toEqual([]);
  });
});
