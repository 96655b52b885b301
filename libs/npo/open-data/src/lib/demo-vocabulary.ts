/**
 * Word banks for made-up but realistic Kitakyushu NPOs. Each theme carries the statutory fields,
 * purpose and programmes an NPO of that kind would register, so matching and search have
 * something true to work on. Readings are kept beside the words so the generated katakana is right.
 */
export interface Word {
  readonly text: string;
  readonly kana: string;
}

export interface DemoTheme {
  readonly name: Word;
  readonly fields: readonly number[];
  readonly purpose: string;
  readonly programmes: string;
}

export const PLACE_WORDS: readonly Word[] = [
  { text: '門司', kana: 'モジ' },
  { text: '関門', kana: 'カンモン' },
  { text: '小倉', kana: 'コクラ' },
  { text: '紫川', kana: 'ムラサキガワ' },
  { text: '到津', kana: 'イトウヅ' },
  { text: '平尾台', kana: 'ヒラオダイ' },
  { text: '曽根', kana: 'ソネ' },
  { text: '若松', kana: 'ワカマツ' },
  { text: '響灘', kana: 'ヒビキナダ' },
  { text: '八幡', kana: 'ヤハタ' },
  { text: '皿倉', kana: 'サラクラ' },
  { text: '黒崎', kana: 'クロサキ' },
  { text: '折尾', kana: 'オリオ' },
  { text: '戸畑', kana: 'トバタ' },
  { text: '玄海', kana: 'ゲンカイ' },
  { text: '北九州', kana: 'キタキュウシュウ' },
  { text: 'ひびき', kana: 'ヒビキ' },
  { text: 'みなと', kana: 'ミナト' },
];

export const SUFFIX_WORDS: readonly Word[] = [
  { text: 'の会', kana: 'ノカイ' },
  { text: 'ネットワーク', kana: 'ネットワーク' },
  { text: 'サポートセンター', kana: 'サポートセンター' },
  { text: '応援団', kana: 'オウエンダン' },
  { text: '協議会', kana: 'キョウギカイ' },
  { text: 'クラブ', kana: 'クラブ' },
  { text: 'プロジェクト', kana: 'プロジェクト' },
  { text: '支援機構', kana: 'シエンキコウ' },
];

const p = (aim: string, goal = '市民の生活の質の向上') =>
  `この法人は、${aim}、もって${goal}に寄与することを目的とする。`;

export const DEMO_THEMES: readonly DemoTheme[] = [
  {
    name: { text: '子ども食堂', kana: 'コドモショクドウ' },
    fields: [1, 13, 3],
    purpose: p('地域の子どもたちに温かい食事と居場所を提供し', '子どもの健全な育成'),
    programmes: '子ども食堂の運営、学習支援、食材の寄付受付に関する事業',
  },
  {
    name: { text: 'こども未来', kana: 'コドモミライ' },
    fields: [13, 2],
    purpose: p('放課後の子どもの学びと遊びの場をつくり', '子どもの健全な育成'),
    programmes: '放課後の居場所づくり、学習支援、自然体験活動に関する事業',
  },
  {
    name: { text: '子育てひろば', kana: 'コソダテヒロバ' },
    fields: [13, 1, 12],
    purpose: p('乳幼児を育てる親の孤立を防ぎ、交流と相談の場を設け'),
    programmes: '子育てサロン、育児相談、ひとり親家庭の支援に関する事業',
  },
  {
    name: { text: '高齢者見守り', kana: 'コウレイシャミマモリ' },
    fields: [1, 3, 9],
    purpose: p('ひとり暮らしの高齢者の見守りと声かけを行い', '安心して暮らせる地域づくり'),
    programmes: '高齢者の見守り訪問、配食サービス、ふれあいサロンの運営に関する事業',
  },
  {
    name: { text: 'シニアいきいき', kana: 'シニアイキイキ' },
    fields: [1, 2, 6],
    purpose: p('高齢者の健康づくりと生きがいづくりを支援し'),
    programmes: '健康体操教室、認知症予防講座、お年寄りの通いの場の運営に関する事業',
  },
  {
    name: { text: '防災ネット', kana: 'ボウサイネット' },
    fields: [8, 9, 3],
    purpose: p('地域の防災力を高める訓練と啓発を行い', '災害に強いまちづくり'),
    programmes: '防災訓練の講師派遣、避難所運営の研修、防災マップ作りに関する事業',
  },
  {
    name: { text: '災害ボランティア', kana: 'サイガイボランティア' },
    fields: [8, 19],
    purpose: p('災害時のボランティア活動を調整し、平時から備えを広め'),
    programmes: '災害ボランティアセンターの運営支援、防災講座、備蓄品の貸出しに関する事業',
  },
  {
    name: { text: 'スマホ教室', kana: 'スマホキョウシツ' },
    fields: [14, 2, 1],
    purpose: p('高齢者がスマートフォンやインターネットを安心して使えるよう支援し'),
    programmes: 'スマホ講座の講師派遣、デジタル相談会、詐欺被害の防止啓発に関する事業',
  },
  {
    name: { text: 'ＩＴサポート', kana: 'アイティーサポート' },
    fields: [14, 19],
    purpose: p('市民活動団体の情報発信とＩＴ活用を支援し'),
    programmes: 'ホームページ作成支援、パソコン講座、オンライン会議の導入支援に関する事業',
  },
  {
    name: { text: '環境クリーン', kana: 'カンキョウクリーン' },
    fields: [7, 3],
    purpose: p('河川や海岸の清掃と環境学習を行い', '美しいまちの環境の保全'),
    programmes: '清掃・美化活動、海岸のごみ調査、環境学習会に関する事業',
  },
  {
    name: { text: '里山保全', kana: 'サトヤマホゼン' },
    fields: [7, 5, 2],
    purpose: p('里山の手入れと自然観察会を通じて森林を守り', '豊かな自然環境の保全'),
    programmes: '竹林整備、自然観察会、森林ボランティアの育成に関する事業',
  },
  {
    name: { text: '国際交流', kana: 'コクサイコウリュウ' },
    fields: [11, 2, 10],
    purpose: p('外国人住民と地域住民の交流を深め', '多文化共生のまちづくり'),
    programmes: '日本語教室、外国人住民との交流会、多言語の生活相談に関する事業',
  },
  {
    name: { text: 'まちづくり', kana: 'マチヅクリ' },
    fields: [3, 16],
    purpose: p('商店街の空き店舗を活用したにぎわいづくりとイベント運営を支援し', '地域の活性化'),
    programmes: '商店街活性化、祭り・行事の運営支援、空き店舗の活用に関する事業',
  },
  {
    name: { text: 'まつり実行', kana: 'マツリジッコウ' },
    fields: [3, 6, 4],
    purpose: p('地域の祭りや伝統行事を受け継ぎ、運営を支え', '地域文化の振興'),
    programmes: '祭り・行事の運営、伝統芸能の継承、イベント用品の貸出しに関する事業',
  },
  {
    name: { text: '障がい者就労支援', kana: 'ショウガイシャシュウロウシエン' },
    fields: [1, 17],
    purpose: p('障がいのある人の就労訓練と地域の仕事づくりを進め'),
    programmes: '就労継続支援、作業所の運営、障害者の職業訓練に関する事業',
  },
  {
    name: { text: 'ひとり親支援', kana: 'ヒトリオヤシエン' },
    fields: [1, 13, 12],
    purpose: p('ひとり親家庭への食料支援と生活相談を行い'),
    programmes: 'ひとり親支援、フードバンク、生活相談に関する事業',
  },
  {
    name: { text: '文化芸術', kana: 'ブンカゲイジュツ' },
    fields: [6, 2],
    purpose: p('音楽や美術に触れる機会を市民に広げ', '地域文化の振興'),
    programmes: 'コンサートの開催、美術教室、文化施設での展示に関する事業',
  },
  {
    name: { text: 'スポーツ振興', kana: 'スポーツシンコウ' },
    fields: [6, 13, 1],
    purpose: p('子どもから高齢者までが楽しめるスポーツの機会をつくり'),
    programmes: '地域スポーツ教室、ニュースポーツの普及、指導者の育成に関する事業',
  },
  {
    name: { text: '観光ガイド', kana: 'カンコウガイド' },
    fields: [4, 3, 6],
    purpose: p('地域の歴史と観光資源を案内し', '観光の振興'),
    programmes: 'まち歩きガイド、歴史講座、観光マップの作成に関する事業',
  },
  {
    name: { text: '防犯パトロール', kana: 'ボウハンパトロール' },
    fields: [9, 13],
    purpose: p('通学路の見守りと防犯パトロールを行い', '安全で安心なまちづくり'),
    programmes: '防犯パトロール、通学路の見守り、防犯講習会に関する事業',
  },
  {
    name: { text: '市民活動サポート', kana: 'シミンカツドウサポート' },
    fields: [19, 3],
    purpose: p('市民活動団体の運営と連携を支援し', '市民活動の発展'),
    programmes: '団体運営の相談、助成金申請の支援、団体と地域をつなぐ事業',
  },
  {
    name: { text: '男女共同参画', kana: 'ダンジョキョウドウサンカク' },
    fields: [12, 10, 2],
    purpose: p('誰もが自分らしく働き暮らせる社会づくりを進め'),
    programmes: '講演会の開催、女性の就労相談、ＤＶ被害者の支援に関する事業',
  },
  {
    name: { text: '消費生活', kana: 'ショウヒセイカツ' },
    fields: [18, 2, 1],
    purpose: p('悪質商法や詐欺の被害を防ぐ学びの場をつくり', '消費者の保護'),
    programmes: '消費者講座、特殊詐欺の防止啓発、生活相談に関する事業',
  },
  {
    name: { text: '就労応援', kana: 'シュウロウオウエン' },
    fields: [17, 16, 13],
    purpose: p('若者の職業体験と就職を支援し', '雇用機会の拡充'),
    programmes: '若者の就労相談、職業体験、企業との橋渡しに関する事業',
  },
  {
    name: { text: '科学あそび', kana: 'カガクアソビ' },
    fields: [15, 13, 2],
    purpose: p('子どもが科学の面白さに触れる実験教室を開き', '科学技術の振興'),
    programmes: '科学実験教室、ものづくり教室、プログラミング講座に関する事業',
  },
  {
    name: { text: '農業体験', kana: 'ノウギョウタイケン' },
    fields: [5, 7, 13],
    purpose: p('農作業体験を通じて都市と農村の交流を進め', '農山漁村の振興'),
    programmes: '農業体験、収穫祭、地産地消の推進に関する事業',
  },
  {
    name: { text: '人権平和', kana: 'ジンケンヘイワ' },
    fields: [10, 2],
    purpose: p('人権と平和について学ぶ機会を広げ', '人権の擁護と平和の推進'),
    programmes: '平和学習会、人権講座、資料の展示に関する事業',
  },
];

export const FAMILY_NAMES: readonly Word[] = [
  { text: '山本', kana: 'ヤマモト' },
  { text: '田中', kana: 'タナカ' },
  { text: '松尾', kana: 'マツオ' },
  { text: '林', kana: 'ハヤシ' },
  { text: '中村', kana: 'ナカムラ' },
  { text: '古賀', kana: 'コガ' },
  { text: '吉田', kana: 'ヨシダ' },
  { text: '井上', kana: 'イノウエ' },
  { text: '髙橋', kana: 'タカハシ' },
  { text: '山﨑', kana: 'ヤマサキ' },
  { text: '原田', kana: 'ハラダ' },
  { text: '江口', kana: 'エグチ' },
  { text: '末松', kana: 'スエマツ' },
  { text: '白石', kana: 'シロイシ' },
];

export const GIVEN_NAMES: readonly Word[] = [
  { text: '健太', kana: 'ケンタ' },
  { text: '花子', kana: 'ハナコ' },
  { text: '誠', kana: 'マコト' },
  { text: '洋子', kana: 'ヨウコ' },
  { text: '浩二', kana: 'コウジ' },
  { text: '恵美', kana: 'エミ' },
  { text: '博', kana: 'ヒロシ' },
  { text: '由美子', kana: 'ユミコ' },
  { text: '翔太', kana: 'ショウタ' },
  { text: '千代子', kana: 'チヨコ' },
];

/** Town names and postal-code stems per ward, so an address and its postal code agree. */
export const WARD_TOWNS: Readonly<Record<string, { readonly postal: string; readonly towns: readonly string[] }>> = {
  門司区: { postal: '800', towns: ['東港町', '栄町', '大里本町', '清滝', '小森江'] },
  小倉北区: { postal: '802', towns: ['京町', '魚町', '大手町', '紺屋町', '中井'] },
  小倉南区: { postal: '800', towns: ['徳力', '守恒', '曽根北町', '中曽根', '志井'] },
  若松区: { postal: '808', towns: ['浜町', '本町', '高須南', '二島', '東二島'] },
  八幡東区: { postal: '805', towns: ['中央', '尾倉', '祝町', '枝光', '荒生田'] },
  八幡西区: { postal: '806', towns: ['黒崎', '折尾', '陣原', '八枝', '永犬丸'] },
  戸畑区: { postal: '804', towns: ['汐井町', '中本町', '境川', '新池', '天神'] },
};

/** Places outside the city, as NPOs supervised by Fukuoka Prefecture appear in a national file. */
export const OUTSIDE_CITY_PLACES: readonly { readonly city: string; readonly postal: string; readonly town: string }[] =
  [
    { city: '福岡市中央区', postal: '810', town: '天神' },
    { city: '行橋市', postal: '824', town: '大橋' },
    { city: '中間市', postal: '809', town: '中間' },
    { city: '遠賀郡芦屋町', postal: '807', town: '白浜町' },
  ];
