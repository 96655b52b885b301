import { JapaneseAnalyser } from '@tsunagu/language/api';
import type { HelperKind } from '@tsunagu/npo/api';
import { inLanguage } from './match-reasons';
import { type NeedFeatures, type NpoFeatures, scoreMatch, termRarity } from './match-scorer';
import { needTerms, topicProfile } from './topic-profile';

const analyser = new JapaneseAnalyser();
beforeAll(() => analyser.ready(), 30_000);

const need = (title: string, description: string, ward = '八幡西区'): NeedFeatures => ({
  fields: [],
  ward,
  helpKind: 'VOLUNTEERS',
  terms: needTerms(analyser.analyse(title), analyser.analyse(description)),
});

let n = 0;
const npo = (text: string, ward: string, fields: number[] = []): NpoFeatures => ({
  id: `npo-${++n}`,
  kind: 'NPO' as HelperKind,
  ward,
  inCity: true,
  city: '北九州市',
  fields,
  helpKinds: [],
  claimed: false,
  answeredRecently: false,
  topics: topicProfile(analyser.analyse(text)),
});

describe('scoreMatch', () => {
  it('puts topic before place: an on-topic NPO of the next ward above an off-topic one of the same ward', () => {
    const festival = npo('地域の夏祭りと盆踊りの運営を手伝う', '八幡西区');
    const exchange = npo('在住外国人との国際交流と多文化共生のイベント', '八幡東区');
    const pool = [festival, exchange, npo('高齢者の見守り', '若松区'), npo('子ども食堂の運営', '戸畑区')];
    const rarity = termRarity(pool);
    const wish = need('国際交流のお祭りをしたい', '外国の人と一緒に楽しめるお祭りを開きたい');
    const onTopic = scoreMatch(wish, exchange, rarity);
    const sameWard = scoreMatch(wish, festival, rarity);
    expect(onTopic && sameWard && onTopic.score > sameWard.score).toBe(true);
  });

  it('lets place order helpers of the same topical fit', () => {
    const near = npo('一人暮らしのお年寄りの見守り', '八幡西区');
    const far = npo('一人暮らしのお年寄りの見守り', '門司区');
    const rarity = termRarity([near, far, npo('清掃活動', '戸畑区')]);
    const wish = need('見守りをお願いしたい', '一人暮らしの方の安否確認');
    expect(scoreMatch(wish, near, rarity)!.score).toBeGreaterThan(scoreMatch(wish, far, rarity)!.score);
  });

  it('puts what is asked for before the occasion it is for (敬老会で演奏してくれる方)', () => {
    const band = npo('市民コンサートと楽器指導', '門司区');
    const events = npo('地域の敬老会と夏祭りの運営', '八幡西区');
    const rarity = termRarity([band, events, npo('竹林の整備', '若松区'), npo('子ども食堂', '戸畑区')]);
    const wish = need('敬老会で演奏してくれる方', '敬老会の余興で演奏してくれる方を探しています');
    expect(scoreMatch(wish, band, rarity)!.score).toBeGreaterThan(scoreMatch(wish, events, rarity)!.score);
  });

  it('reads who asks (役員が高齢になり) as context, not as the audience of the help', () => {
    const cleaners = npo('地域の清掃と美化、環境の保全', '八幡西区', [7, 3]);
    const watch = npo('一人暮らしの高齢者の見守り訪問', '八幡西区', [3]);
    const rarity = termRarity([cleaners, watch, npo('子ども食堂', '戸畑区')]);
    const wish = {
      ...need('集会所のまわりの草刈りを手伝ってほしい', '役員が高齢になり、集会所のまわりの草刈りが大変です。'),
      fields: [3, 7],
    };
    expect(scoreMatch(wish, cleaners, rarity)!.score).toBeGreaterThan(scoreMatch(wish, watch, rarity)?.score ?? 0);
    expect(wish.terms.map((t) => t.key)).not.toContain('older-people');
    // the same words about the people helped still count
    const forElders = need('見守りを手伝ってほしい', '高齢者が多いので、見守りをお願いしたい');
    expect(forElders.terms.map((t) => t.key)).toContain('older-people');
  });

  it('reads the plain words inside a helper’s compound (余剰食品 holds 食品)', () => {
    const bank = npo('企業や家庭の余剰食品を集めて届ける', '八幡西区');
    const rarity = termRarity([bank, npo('竹林の整備', '若松区')]);
    const wish = need('食品を寄付したい', '捨てる食品が多いので');
    expect(scoreMatch(wish, bank, rarity)?.reasons.map((r) => r.ja)).toContain('活動内容に「食品」');
  });

  it('suggests nobody for place alone', () => {
    const rarity = termRarity([npo('竹林の整備', '八幡西区')]);
    expect(scoreMatch(need('パソコン教室の先生', 'スマホも'), npo('竹林の整備', '八幡西区'), rarity)).toBeNull();
  });

  it('finds a helper written in other words (子供食堂 ↔ こども食堂, 安否確認 ↔ 見守り)', () => {
    const shokudo = npo('こども食堂の運営', '若松区');
    const rarity = termRarity([shokudo, npo('清掃活動', '戸畑区')]);
    expect(scoreMatch(need('子供食堂を手伝って', ''), shokudo, rarity)).not.toBeNull();
  });

  it('quotes in its reasons only whole words of the need, in Japanese and in English', () => {
    const helper = npo('ホームページ作りとスマホ教室で地域の情報発信を手伝う', '八幡西区', [14]);
    const rarity = termRarity([helper, npo('竹林の整備', '若松区'), npo('子ども食堂', '戸畑区')]);
    const wish = need('自治会のホームページを作りたい', '回覧板だけでなくホームページで知らせたい');
    const match = scoreMatch(wish, helper, rarity)!;
    const needWords = new Set(
      [
        ...analyser.analyse('自治会のホームページを作りたい').words,
        ...analyser.analyse('回覧板だけでなくホームページで知らせたい').words,
      ].map((w) => w.text),
    );
    const quotedJa = inLanguage(match.reasons, 'ja').flatMap((r) => [...r.matchAll(/「([^」]+)」/g)].map((m) => m[1]));
    const quotedEn = inLanguage(match.reasons, 'en').flatMap((r) => [...r.matchAll(/“([^”]+)”/g)].map((m) => m[1]));
    expect(quotedJa.length).toBeGreaterThan(0);
    for (const quoted of [...quotedJa, ...quotedEn]) expect(needWords).toContain(quoted);
    expect(quotedJa).not.toContain('ホー');
    expect(inLanguage(match.reasons, 'en').join(' ')).not.toMatch(/[぀-ヿ]{3,}(?![^“]*”)/u);
  });
});
