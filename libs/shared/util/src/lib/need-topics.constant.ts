/**
 * Everyday words officers use for what they need, and the statutory activity fields
 * (1–20, product brief) an NPO doing that work registers. Used to suggest fields while a need
 * is typed, and by matching to pick the words worth searching for. Plain data: staff can add
 * words without touching code.
 */
export interface NeedTopic {
  readonly words: readonly string[];
  readonly fields: readonly number[];
}

export const NEED_TOPICS: readonly NeedTopic[] = [
  {
    words: ['防災', '避難', '災害', '消火', '救命', '心肺蘇生', 'AED', '炊き出し', '備蓄', '地震', '水害', '土砂'],
    fields: [8, 9],
  },
  { words: ['防犯', 'パトロール', '見回り', '交通安全', '登下校', '不審者', '夜回り'], fields: [9] },
  { words: ['子ども食堂', 'こども食堂', '子供食堂'], fields: [13, 1] },
  {
    words: ['子ども', 'こども', '子供', '児童', '小学生', '中学生', '高校生', 'キッズ', '若者', '青少年'],
    fields: [13],
  },
  { words: ['子育て', '育児', '赤ちゃん', '乳幼児', '親子', 'ママ', 'パパ', '保育'], fields: [13, 1] },
  { words: ['ひとり親', '母子家庭', '父子家庭', 'シングルマザー'], fields: [13, 1, 12] },
  { words: ['学習支援', '勉強', '宿題', '学習', '不登校'], fields: [13, 2] },
  { words: ['高齢者', 'お年寄り', 'シニア', '老人', '一人暮らし', 'ひとり暮らし', '独居', '敬老'], fields: [1] },
  { words: ['見守り', '安否確認', '声かけ', '孤立', '孤独死'], fields: [1, 9] },
  { words: ['認知症', '介護', '介護予防', '物忘れ', 'もの忘れ'], fields: [1] },
  { words: ['健康', '体操', '運動不足', '医療', '看護', '保健', '栄養', '食生活'], fields: [1] },
  { words: ['障がい', '障害', '車いす', '車椅子', '手話', '点字', '発達'], fields: [1] },
  { words: ['買い物', '移動', '送迎', '通院', '配食', '弁当'], fields: [1] },
  { words: ['フードバンク', '食料', '食品ロス', 'フードドライブ'], fields: [1, 7] },
  {
    words: [
      'スマホ',
      'スマートフォン',
      '携帯電話',
      'パソコン',
      'インターネット',
      'LINE',
      'タブレット',
      'デジタル',
      'IT',
    ],
    fields: [14, 2],
  },
  { words: ['講座', '教室', '勉強会', '研修', '講演', '学び', '生涯学習'], fields: [2] },
  {
    words: ['祭り', 'まつり', 'お祭り', '夏祭り', '盆踊り', '行事', 'イベント', 'もちつき', '餅つき', '運動会'],
    fields: [3, 6],
  },
  {
    words: ['清掃', '掃除', 'ごみ拾い', 'ゴミ拾い', 'ごみ', 'ゴミ', '美化', '花壇', '草刈り', '除草', '不法投棄'],
    fields: [7, 3],
  },
  {
    words: ['環境', '自然', '川', '海岸', '海', '竹林', '森', '里山', '緑', 'リサイクル', 'エコ', '生き物', '植樹'],
    fields: [7],
  },
  {
    words: ['外国人', '多文化', '多文化共生', '日本語', '国際交流', '国際', '留学生', '通訳', '技能実習生'],
    fields: [11, 10],
  },
  {
    words: ['まちづくり', '町づくり', '街づくり', '地域づくり', 'にぎわい', '空き家', '空き店舗', '商店街', '公園'],
    fields: [3],
  },
  { words: ['観光', '歴史', '史跡', 'ガイド', '名所', 'まち歩き', '街歩き'], fields: [4, 6] },
  {
    words: ['音楽', '演奏', '合唱', 'コンサート', '文化', '芸術', '絵', '書道', '伝統', '落語', '演劇', '読み聞かせ'],
    fields: [6],
  },
  {
    words: ['スポーツ', '運動', 'ダンス', 'ウォーキング', 'グラウンドゴルフ', 'サッカー', '野球', '卓球'],
    fields: [6, 1],
  },
  { words: ['農業', '畑', '田んぼ', '野菜', '農園', '収穫', '家庭菜園'], fields: [5, 7] },
  { words: ['就労', '仕事', '就職', '働く', 'ひきこもり', '引きこもり', '職業訓練'], fields: [17] },
  { words: ['詐欺', '消費者', '悪質商法', '契約', '訪問販売'], fields: [18] },
  { words: ['人権', '平和', '差別', 'いじめ', '虐待', 'DV'], fields: [10] },
  { words: ['男女共同参画', '女性の活躍', '女性の社会参加'], fields: [12] },
  { words: ['会計', '助成金', '団体運営', '役員', 'NPO'], fields: [19] },
  { words: ['経済', '起業', '創業', '地場産業', '特産品'], fields: [16] },
  { words: ['科学', '理科', 'ロボット', 'プログラミング', '実験'], fields: [15, 13] },
];

/**
 * Fields suggested for a need's text: the fields of every topic word found, most-supported
 * first (at most `limit`). Works on the raw text as typed; NFKC makes ＡＥＤ and AED equal.
 */
export function suggestFields(text: string, limit = 3): number[] {
  const normalized = text.normalize('NFKC');
  const votes = new Map<number, number>();
  for (const topic of NEED_TOPICS) {
    const hits = topic.words.filter((word) => normalized.includes(word)).length;
    if (hits === 0) continue;
    topic.fields.forEach((field, rank) => {
      // The first field of a topic is the one it is about; the others are related.
      votes.set(field, (votes.get(field) ?? 0) + hits * (rank === 0 ? 2 : 1));
    });
  }
  return [...votes.entries()]
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .slice(0, limit)
    .map(([field]) => field);
}
