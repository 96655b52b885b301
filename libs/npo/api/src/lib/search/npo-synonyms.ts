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
  ['外国人', '在住外国人', '多文化共生', '国際交流'],
  ['清掃', '掃除', 'ごみ拾い', '美化'],
  ['まちづくり', '町づくり', '街づくり', 'まち作り'],
  ['祭り', 'まつり', 'お祭り', '行事'],
  ['ボランティア', 'ボランティヤ'],
  ['食堂', 'ごはん', '食事'],
  ['学習支援', '勉強', '宿題'],
  ['認知症', 'ボケ予防', '物忘れ'],
  ['ひとり親', '母子家庭', '父子家庭', 'シングルマザー'],
  ['環境', 'エコ', '自然保護'],
  ['就労', '仕事', '就職', '働く'],
  ['講師', '先生', '指導者'],
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
