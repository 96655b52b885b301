import { type NpoFeatures, plainTextMatch, scoreMatch } from './match-scorer';
import { charPairs, pairFrequencies, pairOverlap } from './char-bigrams';
import { searchTermsOf } from './need-terms';

const npo = (over: Partial<NpoFeatures>): NpoFeatures => ({
  id: 'x',
  ward: '八幡西区',
  inCity: true,
  city: '北九州市',
  fields: [13, 1],
  text: '子ども食堂ネットワーク この法人は、子どもたちに温かい食事と居場所を提供し… 子ども食堂の運営、学習支援',
  helpKinds: [],
  claimed: false,
  answeredRecently: false,
  pairs: new Set(),
  ...over,
});

describe('need words and match reasons', () => {
  it('takes the activity words of a need, not its greetings or places', () => {
    const terms = searchTermsOf(
      '秋の防災訓練で講師をお願いしたい',
      '黒崎市民センターで、避難のしかたを教えてくれる方を募集します。',
    );
    const words = terms.map((t) => t.text);
    expect(words).toEqual(expect.arrayContaining(['防災', '避難', '講師']));
    expect(words).not.toContain('お願い');
    expect(words).not.toContain('募集');
    // One-kanji words hide in place names (戸畑 holds 畑) and are never used.
    expect(searchTermsOf('畑を貸してほしい', '').map((t) => t.text)).not.toContain('畑');
  });

  it('explains a suggestion in plain Japanese, and ranks the same ward above a bordering one', () => {
    const need = {
      fields: [13],
      ward: '八幡西区',
      helpKind: 'VOLUNTEERS',
      terms: searchTermsOf('子ども食堂の手伝い', ''),
      pairs: new Set<string>(),
    };
    const near = npo({ helpKinds: ['VOLUNTEERS'], claimed: true });
    const same = scoreMatch(need, near, plainTextMatch(need, near))!;
    expect(same.reasons).toEqual([
      '「子ども食堂」の活動実績',
      '活動分野「子どもの健全育成」',
      '同じ区（八幡西区）で活動',
      '「当日のお手伝い（ボランティア）」を引き受けています',
      'NPOが自分でページを更新しています',
    ]);
    const bordering = npo({ ward: '若松区' });
    const other = scoreMatch(need, bordering, plainTextMatch(need, bordering))!;
    expect(other.reasons).toContain('となりの区（若松区）で活動');
    expect(other.score).toBeLessThan(same.score);
    const outside = npo({ ward: null, inCity: false, city: '福岡市' });
    expect(scoreMatch(need, outside, plainTextMatch(need, outside))!.reasons).toContain('市外（福岡市）の団体');
  });

  it('never suggests an NPO for its place alone', () => {
    const need = {
      fields: [8],
      ward: '八幡西区',
      helpKind: 'LECTURER',
      terms: searchTermsOf('防災訓練の講師', ''),
      pairs: new Set<string>(),
    };
    const unrelated = npo({ fields: [6], text: '音楽文化協会 コンサート' });
    expect(scoreMatch(need, unrelated, plainTextMatch(need, unrelated))).toBeNull();
  });
});

describe('character pairs', () => {
  it('let a need meet an NPO that says the same thing in other words, ignoring place names', () => {
    const need = charPairs('畑で野菜作りを教えてほしい（戸畑区）');
    const farm = charPairs('市民農園で野菜づくりと農作業体験を行う');
    const music = charPairs('市民コンサートの開催と楽器指導');
    const all = [need, farm, music];
    const df = pairFrequencies(all);
    expect(pairOverlap(need, farm, df, all.length)).toBeGreaterThan(0);
    expect(pairOverlap(need, music, df, all.length)).toBe(0);
    expect(need.has('戸畑')).toBe(false);
  });
});
