import { conceptIndexFields } from './concept-index-fields';
import { JapaneseAnalyser } from './japanese-analyser';

describe('JapaneseAnalyser', () => {
  const analyser = new JapaneseAnalyser();
  beforeAll(() => analyser.ready(), 30_000);
  const words = (text: string) => analyser.analyse(text).words.map((w) => w.base);

  it('keeps civic compounds as one word', () => {
    expect(words('子ども食堂を始めたい')).toEqual(['子ども食堂', '始める']);
    expect(words('まちづくり協議会の回覧板')).toEqual(['まちづくり協議会', '回覧板']);
    expect(words('毎朝の見守りと安否確認、夏の草刈り')).toEqual(
      expect.arrayContaining(['見守り', '安否確認', '草刈り']),
    );
  });

  it('gives dictionary forms of verbs and finds their concepts', () => {
    const text = analyser.analyse('近所のお年寄りを見守っています。ごみの分け方を教わる講座');
    expect(text.words.map((w) => w.base)).toEqual(['近所', 'お年寄り', '見守る', 'ごみ', '分ける', '教わる', '講座']);
    expect(text.words.find((w) => w.base === '見守る')?.concepts).toEqual(['watching-over']);
    expect([...text.concepts.keys()]).toEqual(
      expect.arrayContaining(['older-people', 'watching-over', 'waste-recycling', 'lectures']),
    );
  });

  it('leaves out grammar, places and the words every request says', () => {
    expect(words('若松区の町内で手伝ってくれるボランティアを募集しています')).toEqual(['町内']);
  });

  it('marks what a request asks for, not the occasion', () => {
    const asked = (text: string) =>
      analyser
        .analyse(text)
        .words.filter((w) => w.asked)
        .map((w) => w.base);
    expect(asked('敬老会で演奏してくれる方')).toEqual(['演奏']);
    expect(asked('夏祭りの草刈りを手伝ってほしい')).toEqual(['草刈り']);
    expect(asked('見守ってくれる人がいると助かる')).toEqual(['見守る']);
    expect(asked('夏祭りを開きます')).toEqual([]);
    // a title ending in the bare request, and words joined by と/や, are asked together
    expect(asked('登り道の枝はらいと草刈りを手伝って')).toEqual(['枝はらい', '草刈り']);
    expect(asked('溝掃除や花植えを手伝ってくれる方')).toEqual(['溝掃除', '花植え']);
    expect(asked('夏祭りで草刈りを手伝って')).toEqual(['草刈り']);
  });

  it('marks what a reason clause says of the askers themselves, never what is asked for', () => {
    const aboutAskers = (text: string) =>
      analyser
        .analyse(text)
        .words.filter((w) => w.aboutAskers)
        .map((w) => w.base);
    expect(aboutAskers('役員が高齢になり、集会所のまわりの草刈りが大変です')).toEqual(['高齢']);
    expect(aboutAskers('町内会の会員も高齢で、夏祭りの準備がきつい')).toEqual(['高齢']);
    expect(aboutAskers('役員が少ないので見守りを手伝ってほしい')).toEqual(['少ない']);
    // who the help is for, and what the askers do, are no reason clause about them
    expect(aboutAskers('高齢者が多いので見守りをお願いしたい')).toEqual([]);
    expect(aboutAskers('私たちは高齢者の見守りをしています。')).toEqual([]);
    expect(aboutAskers('役員は高齢者の見守りをしてくれる方を探しています')).toEqual([]);
  });

  it('maps the spellings of one thing to one concept', () => {
    for (const spelling of ['子供食堂', '子ども食堂', 'こども食堂'])
      expect([...analyser.analyse(`${spelling}のお手伝い`).concepts.keys()]).toEqual(['kodomo-shokudo']);
  });

  it('never returns fragments of a word (ホームページ stays whole)', () => {
    expect(words('自治会のホームページを作りたい')).toEqual(['自治会', 'ホームページ']);
  });

  it('gives search documents, without the tokenizer, the concepts the full analysis finds', () => {
    for (const text of [
      'この法人は、ひとり暮らしの高齢者を見守っています。',
      'この法人は、外国から来た人の言葉を訳して、暮らしを支えることを目的とする。',
      'この法人は、竹林の整備と自然観察会を通じて緑を守る。',
      '子ども食堂と学習支援。学んだことを発表する。',
    ]) {
      expect(conceptIndexFields(text).concepts.sort()).toEqual([...analyser.analyse(text).concepts.keys()].sort());
    }
    expect(conceptIndexFields('高齢者を見守っています').concepts).toContain('watching-over');
  });
});
