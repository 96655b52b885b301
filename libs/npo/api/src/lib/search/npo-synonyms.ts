/**
 * Words residents type for the same thing. Each group is made mutual: any word finds the others.
 * Kept as plain data so staff suggestions can be added without touching code.
 */
export const NPO_SYNONYM_GROUPS: readonly (readonly string[])[] = [
  ['子ども', 'こども', '子供', 'キッズ', '児童'],
  ['高齢者', 'お年寄り', 'シニア', '老人', 'お年寄'],
  ['障がい', '障害', '障碍', 'しょうがい'],
  ['スマホ', 'スマートフォン', '携帯電話'],
  ['パソコン', 'PC', 'ＰＣ'],
  ['防災', '災害', '避難'],
  ['見守り', '見守', '安否確認'],
  ['子育て', '育児'],
  ['外国人', '在住外国人', '多文化共生', '国際交流', '外国の方', '外国籍', '外国から来た'],
  ['通訳', '翻訳', '母国語', '多言語'],
  ['清掃', '掃除', 'ごみ拾い', '美化'],
  ['まちづくり', '町づくり', '街づくり', 'まち作り'],
  ['祭り', 'まつり', 'お祭り', '夏祭り', '盆踊り', '行事', 'イベント'],
  ['ボランティア', 'ボランティヤ'],
  ['食堂', 'ごはん', '食事'],
  ['学習支援', '勉強', '宿題'],
  ['認知症', 'ボケ予防', '物忘れ'],
  ['ひとり親', '母子家庭', '父子家庭', 'シングルマザー'],
  ['環境', 'エコ', '自然保護'],
  ['就労', '仕事', '就職', '働く', '働き方', '再就職'],
  ['講師', '先生', '指導者'],
  // Concepts residents name in everyday words while NPOs register the formal one.
  ['演奏', 'コンサート', '音楽', '演奏会', '吹奏楽', 'バンド'],
  ['竹林', '竹やぶ', '竹藪', '放置竹林'],
  ['食品ロス', 'フードバンク', 'フードドライブ', '食べ物のむだ', '余った食品', '食料支援'],
  ['詐欺', '悪質商法', '消費者被害', '架空請求', 'オレオレ詐欺', '特殊詐欺'],
  ['農園', '畑', '市民農園', '農作業', '野菜', '芋掘り', '家庭菜園', '耕作放棄地'],
  ['運営相談', '団体運営', '会の運営', '会の決まり', 'お金の管理', '会計'],
];

export const NPO_SYNONYMS: Record<string, string[]> = Object.fromEntries(
  NPO_SYNONYM_GROUPS.flatMap((group) => group.map((word) => [word, group.filter((other) => other !== word)])),
);

/**
 * Meilisearch tokenises synonym keys without the index's locale, so a kanji-only key (子供, 児童)
 * is read as Chinese and never matches a Japanese query. The document therefore also carries
 * every word of each synonym group its text touches: 「子ども食堂」 is found by 子供 and 児童 too.
 */
export function synonymTermsFor(text: string): string {
  const terms = new Set<string>();
  for (const group of NPO_SYNONYM_GROUPS) {
    if (group.some((word) => text.includes(word))) for (const word of group) terms.add(word);
  }
  return [...terms].join(' ');
}
