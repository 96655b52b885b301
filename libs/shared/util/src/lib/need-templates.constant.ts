import type { HelpKindId } from './help-kinds.constant';

/** Ready-made needs for the common cases: one tap fills the form, the officer edits the rest. */
export interface NeedTemplate {
  readonly id: string;
  readonly labelJa: string;
  readonly labelEn: string;
  readonly title: string;
  readonly description: string;
  readonly fields: readonly number[];
  readonly helpKind: HelpKindId;
}

export const NEED_TEMPLATES: readonly NeedTemplate[] = [
  {
    id: 'disaster-drill',
    labelJa: '防災訓練の講師',
    labelEn: 'Instructor for a disaster drill',
    title: '防災訓練で教えてくれる講師を探しています',
    description:
      '町内の防災訓練で、避難のしかたや消火器の使い方を、お年寄りにもわかるように教えてくれる方を探しています。',
    fields: [8, 9],
    helpKind: 'LECTURER',
  },
  {
    id: 'kodomo-shokudo',
    labelJa: '子ども食堂の手伝い',
    labelEn: "Help at a children's cafeteria",
    title: '子ども食堂のお手伝いをお願いしたい',
    description:
      '月に2回、市民センターで子ども食堂を開いています。調理や配膳、子どもの見守りを手伝ってくれる方を探しています。',
    fields: [13, 1],
    helpKind: 'VOLUNTEERS',
  },
  {
    id: 'smartphone-class',
    labelJa: 'スマホ講座の講師',
    labelEn: 'Smartphone class instructor',
    title: '高齢者向けスマホ講座の講師を探しています',
    description:
      'スマホの使い方がわからないお年寄りのために、電話やLINE、写真の送り方をゆっくり教えてくれる講師を探しています。',
    fields: [14, 2],
    helpKind: 'LECTURER',
  },
  {
    id: 'festival',
    labelJa: '祭り・行事の運営',
    labelEn: 'Running a festival or event',
    title: '夏祭りの運営を手伝ってほしい',
    description:
      '毎年の夏祭りで、会場の準備や模擬店、片付けを手伝ってくれる方を探しています。役員が高齢になり人手が足りません。',
    fields: [3, 6],
    helpKind: 'CO_ORGANISING',
  },
  {
    id: 'cleanup',
    labelJa: '清掃・美化活動',
    labelEn: 'Clean-up and greening',
    title: '地域の清掃活動に参加してほしい',
    description:
      '公園や川沿いのごみ拾いと草取りを、月に1回しています。いっしょに活動してくれる方や、道具を貸してくれる方を探しています。',
    fields: [7, 3],
    helpKind: 'VOLUNTEERS',
  },
  {
    id: 'elderly-watch',
    labelJa: '高齢者の見守り',
    labelEn: 'Looking in on older residents',
    title: '一人暮らしのお年寄りの見守りを相談したい',
    description:
      '町内で一人暮らしのお年寄りが増えています。見守りや声かけの仕組みづくりについて、相談にのってくれる団体を探しています。',
    fields: [1, 9],
    helpKind: 'ADVICE',
  },
  {
    id: 'foreign-residents',
    labelJa: '外国人住民との交流',
    labelEn: 'Meeting foreign residents',
    title: '外国人の住民と交流する会を開きたい',
    description:
      '町内に外国から来た方が増えました。ごみの出し方を伝えたり、料理を作ったりして、仲良くなれる交流会をいっしょに開いてくれる団体を探しています。',
    fields: [11, 3],
    helpKind: 'CO_ORGANISING',
  },
];
