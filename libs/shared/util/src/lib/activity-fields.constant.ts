/**
 * The 20 statutory activity fields of the NPO Act, in the order of the open data's columns
 * (活動分野１…２０). `id` is that position (1-based) and is what the API and the index use.
 */
export interface ActivityField {
  readonly id: number;
  readonly statutoryName: string;
  readonly labelJa: string;
  readonly labelEn: string;
}

export const ACTIVITY_FIELDS: readonly ActivityField[] = [
  {
    id: 1,
    statutoryName: '保健、医療又は福祉の増進を図る活動',
    labelJa: '保健・医療・福祉',
    labelEn: 'Health & welfare',
  },
  { id: 2, statutoryName: '社会教育の推進を図る活動', labelJa: '社会教育', labelEn: 'Social education' },
  { id: 3, statutoryName: 'まちづくりの推進を図る活動', labelJa: 'まちづくり', labelEn: 'Community development' },
  { id: 4, statutoryName: '観光の振興を図る活動', labelJa: '観光', labelEn: 'Tourism' },
  { id: 5, statutoryName: '農山漁村又は中山間地域の振興を図る活動', labelJa: '農山漁村', labelEn: 'Rural areas' },
  {
    id: 6,
    statutoryName: '学術、文化、芸術又はスポーツの振興を図る活動',
    labelJa: '文化・芸術・スポーツ',
    labelEn: 'Culture, arts & sport',
  },
  { id: 7, statutoryName: '環境の保全を図る活動', labelJa: '環境', labelEn: 'Environment' },
  { id: 8, statutoryName: '災害救援活動', labelJa: '災害救援', labelEn: 'Disaster relief' },
  { id: 9, statutoryName: '地域安全活動', labelJa: '地域安全', labelEn: 'Community safety' },
  {
    id: 10,
    statutoryName: '人権の擁護又は平和の推進を図る活動',
    labelJa: '人権・平和',
    labelEn: 'Human rights & peace',
  },
  { id: 11, statutoryName: '国際協力の活動', labelJa: '国際協力', labelEn: 'International cooperation' },
  {
    id: 12,
    statutoryName: '男女共同参画社会の形成の促進を図る活動',
    labelJa: '男女共同参画',
    labelEn: 'Gender equality',
  },
  { id: 13, statutoryName: '子どもの健全育成を図る活動', labelJa: '子ども', labelEn: 'Children & youth' },
  { id: 14, statutoryName: '情報化社会の発展を図る活動', labelJa: '情報化', labelEn: 'Digital society' },
  { id: 15, statutoryName: '科学技術の振興を図る活動', labelJa: '科学技術', labelEn: 'Science & technology' },
  { id: 16, statutoryName: '経済活動の活性化を図る活動', labelJa: '経済活性化', labelEn: 'Economic revitalisation' },
  {
    id: 17,
    statutoryName: '職業能力の開発又は雇用機会の拡充を支援する活動',
    labelJa: '就労支援',
    labelEn: 'Jobs & skills',
  },
  { id: 18, statutoryName: '消費者の保護を図る活動', labelJa: '消費者保護', labelEn: 'Consumer protection' },
  {
    id: 19,
    statutoryName: '前各号に掲げる活動を行う団体の運営又は活動に関する連絡、助言又は援助の活動',
    labelJa: '中間支援',
    labelEn: 'Support for NGOs',
  },
  {
    id: 20,
    statutoryName: '前各号に掲げる活動に準ずる活動として都道府県又は指定都市の条例で定める活動',
    labelJa: '条例指定',
    labelEn: 'Designated by ordinance',
  },
];

export function activityFieldById(id: number): ActivityField | undefined {
  return ACTIVITY_FIELDS[id - 1];
}
