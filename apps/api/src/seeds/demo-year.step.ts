import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { GroupSeeding } from '@tsunagu/accounts/api';
import { NEED_INDEX, NeedHistorySeeding, type PastNeed } from '@tsunagu/needs/api';
import { NpoCandidatesRepository } from '@tsunagu/npo/api';
import { enqueueSearchUpdates } from '@tsunagu/search/api';
import { APP_CONFIG, type AppConfig } from '@tsunagu/shared/api-core';
import type { HelpKindId } from '@tsunagu/shared/util';
import type { DemoSeedStep } from './demo-seed-step';
import { plusDays } from './seed-dates';

/** Groups whose officers have not signed in, three or four per ward, each in its 校区. */
const YEAR_GROUPS: ReadonlyArray<{ name: string; ward: string; district: string; weight: number }> = [
  { name: '大里東自治会', ward: '門司区', district: '大里東', weight: 2 },
  { name: '西門司町内会', ward: '門司区', district: '西門司', weight: 1 },
  { name: '港が丘自治会', ward: '門司区', district: '港が丘', weight: 1 },
  { name: '足原校区まちづくり協議会', ward: '小倉北区', district: '足原', weight: 3 },
  { name: '到津一丁目町内会', ward: '小倉北区', district: '到津', weight: 2 },
  { name: '三郎丸自治会', ward: '小倉北区', district: '三郎丸', weight: 2 },
  { name: '泉台町内会', ward: '小倉北区', district: '泉台', weight: 1 },
  { name: '曽根校区まちづくり協議会', ward: '小倉南区', district: '曽根', weight: 3 },
  { name: '朽網東自治会', ward: '小倉南区', district: '東朽網', weight: 2 },
  { name: '湯川新町町内会', ward: '小倉南区', district: '湯川', weight: 2 },
  { name: '北方三丁目自治会', ward: '小倉南区', district: '北方', weight: 1 },
  { name: '赤崎町内会', ward: '若松区', district: '赤崎', weight: 1 },
  { name: '高須南自治会', ward: '若松区', district: '高須', weight: 2 },
  { name: '藤木自治会', ward: '若松区', district: '藤木', weight: 1 },
  { name: '枝光本町自治会', ward: '八幡東区', district: '枝光', weight: 2 },
  { name: '大蔵校区まちづくり協議会', ward: '八幡東区', district: '大蔵', weight: 1 },
  { name: '高見町内会', ward: '八幡東区', district: '高見', weight: 1 },
  { name: '折尾東町内会', ward: '八幡西区', district: '折尾東', weight: 3 },
  { name: '永犬丸自治会', ward: '八幡西区', district: '永犬丸', weight: 2 },
  { name: '木屋瀬まちづくり協議会', ward: '八幡西区', district: '木屋瀬', weight: 2 },
  { name: '則松二丁目町内会', ward: '八幡西区', district: '則松', weight: 2 },
  { name: '中原自治会', ward: '戸畑区', district: '中原', weight: 2 },
  { name: '天籟寺町内会', ward: '戸畑区', district: '天籟寺', weight: 1 },
  { name: '牧山自治会', ward: '戸畑区', district: '牧山', weight: 1 },
];

/** What groups asked for over the year, with how readily helpers came forward (chance of an offer). */
const YEAR_NEEDS: ReadonlyArray<{
  title: string;
  description: string;
  fields: number[];
  helpKind: HelpKindId;
  offerChance: number;
}> = [
  {
    title: '防災訓練で避難のしかたを教えてほしい',
    description: 'お年寄りにもわかるように、避難のしかたと消火器の使い方を教えてくれる方を探しています。',
    fields: [8],
    helpKind: 'LECTURER',
    offerChance: 0.8,
  },
  {
    title: '子ども食堂の配膳を手伝ってほしい',
    description: '月に2回の子ども食堂で、配膳と子どもの見守りを手伝ってくれる方を探しています。',
    fields: [13],
    helpKind: 'VOLUNTEERS',
    offerChance: 0.7,
  },
  {
    title: 'スマホ教室の先生をお願いしたい',
    description: 'LINEや写真の送り方を、ゆっくり教えてくれる講師を探しています。',
    fields: [2],
    helpKind: 'LECTURER',
    offerChance: 0.75,
  },
  {
    title: '一人暮らしのお年寄りの見守りを手伝ってほしい',
    description: '月に一度、一人暮らしのお年寄りの家を回って声をかける活動を、一緒にしてくれる方を探しています。',
    fields: [1],
    helpKind: 'VOLUNTEERS',
    offerChance: 0.35,
  },
  {
    title: '介護の相談会を開きたい',
    description: '家族の介護で困っている人が気軽に相談できる会を、一緒に開いてくれる団体を探しています。',
    fields: [1],
    helpKind: 'ADVICE',
    offerChance: 0.3,
  },
  {
    title: '公園の草刈りと清掃を手伝ってほしい',
    description: '役員が高齢になり、公園の草刈りが大変です。半日ほど手伝ってくれる方を探しています。',
    fields: [7],
    helpKind: 'VOLUNTEERS',
    offerChance: 0.6,
  },
  {
    title: '夏祭りの運営を一緒にしてほしい',
    description: 'テントの設営と片付け、当日の受付を一緒にしてくれる団体を探しています。',
    fields: [3, 6],
    helpKind: 'CO_ORGANISING',
    offerChance: 0.65,
  },
  {
    title: '町内会のお知らせをホームページに載せたい',
    description: '回覧板のお知らせを、ホームページやSNSでも見られるようにしたいです。作り方を教えてください。',
    fields: [3, 15],
    helpKind: 'ADVICE',
    offerChance: 0.55,
  },
  {
    title: '通学路の見守りをしてくれる方を探しています',
    description: '朝の登校の時間に、交差点で子どもたちを見守ってくれる方を探しています。',
    fields: [13, 9],
    helpKind: 'VOLUNTEERS',
    offerChance: 0.45,
  },
  {
    title: '外国の方との交流会を開きたい',
    description: '町内に住む外国の方と知り合う会を開きたいです。通訳や進め方を手伝ってくれる団体を探しています。',
    fields: [10, 11],
    helpKind: 'CO_ORGANISING',
    offerChance: 0.5,
  },
  {
    title: 'ごみの分け方の話をしてほしい',
    description: 'ごみの分け方や減らし方を、集会所で30分ほど話してくれる方を探しています。',
    fields: [7],
    helpKind: 'LECTURER',
    offerChance: 0.7,
  },
  {
    title: '集会所のバリアフリーの相談にのってほしい',
    description: '車いすの方も来やすいように、集会所の段差をどうするか相談にのってくれる方を探しています。',
    fields: [1, 3],
    helpKind: 'ADVICE',
    offerChance: 0.3,
  },
  {
    title: '地域の歴史を子どもに伝える会を開きたい',
    description: '昔の町の写真を見ながら、子どもたちに地域の歴史を話してくれる方を探しています。',
    fields: [6, 2],
    helpKind: 'LECTURER',
    offerChance: 0.6,
  },
  {
    title: '空き家の見回りを手伝ってほしい',
    description: '町内の空き家が増えています。見回りのしかたを教えてくれる団体を探しています。',
    fields: [3, 9],
    helpKind: 'ADVICE',
    offerChance: 0.35,
  },
];

const OFFER_WORDS = [
  '会員で相談して、お手伝いできることになりました。日程をご相談させてください。',
  '私たちの活動と近い内容です。2〜3人でうかがえます。',
  'これまでにも同じような会を手伝ってきました。ぜひお力になりたいです。',
];
const NEEDS_IN_THE_YEAR = 150;
const DAY_MS = 86_400_000;

/** A fixed sequence of pseudo-random numbers: the same demo year on every machine. */
function sequence(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let x = Math.imul(s ^ (s >>> 15), 1 | s);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/**
 * A year of needs in 24 more groups (officers not signed in), so the city's dashboard shows
 * something true to life: more needs as the year goes on, most answered within days, welfare
 * and home-visit needs often left without a helper (the gap the city would recruit for).
 */
@Injectable()
export class DemoYearStep implements DemoSeedStep {
  readonly name = 'year';

  constructor(
    private readonly dataSource: DataSource,
    private readonly groups: GroupSeeding,
    private readonly history: NeedHistorySeeding,
    private readonly candidates: NpoCandidatesRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async run(): Promise<Record<string, unknown>> {
    const helpers = await this.candidates.activeInCity(this.config.cityName);
    if (helpers.length === 0) return { needs: 0 };
    const random = sequence(2026);
    const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)];
    const now = Date.now();
    return this.dataSource.transaction(async (manager) => {
      const groups: Array<{ id: string; ward: string }> = [];
      for (const g of YEAR_GROUPS) {
        const id = await this.groups.createOfflineGroup(manager, {
          name: g.name,
          kind: g.name.includes('協議会') ? 'MACHIZUKURI' : 'JICHIKAI',
          ward: g.ward,
          area: `${g.district}校区`,
          schoolDistrict: g.district,
        });
        for (let i = 0; i < g.weight; i++) groups.push({ id, ward: g.ward });
      }
      const needs: PastNeed[] = [];
      for (let i = 0; i < NEEDS_IN_THE_YEAR; i++) {
        // more needs later in the year, as word of the platform spreads
        const ageDays = Math.floor(365 * (1 - Math.sqrt(random()))) + 3;
        const published = new Date(now - ageDays * DAY_MS - Math.floor(random() * 8) * 3_600_000);
        const kind = pick(YEAR_NEEDS);
        const group = pick(groups);
        const day = (d: Date) => new Date(d.getTime() + 9 * 3_600_000).toISOString().slice(0, 10);
        const at = (days: number) => new Date(published.getTime() + days * DAY_MS);
        const helper = pick(helpers.filter((h) => h.fields.some((f) => kind.fields.includes(f))).concat(helpers));
        const roll = random();
        const base = { groupId: group.id, ward: group.ward, ...kind, publishedAt: published };
        if (roll < kind.offerChance) {
          const offeredAfter = 1 + Math.floor(random() * 9);
          const matchedAfter = offeredAfter + 1 + Math.floor(random() * 12);
          const accepted = random() < 0.85 && matchedAfter < ageDays;
          const doneAfter = matchedAfter + 14 + Math.floor(random() * 20);
          const offer = {
            npoId: helper.id,
            message: pick(OFFER_WORDS),
            status: accepted ? ('ACCEPTED' as const) : ('DECLINED' as const),
            createdAt: at(offeredAfter),
            decidedAt: at(accepted ? matchedAfter : Math.min(matchedAfter, ageDays - 1)),
          };
          if (offeredAfter >= ageDays) {
            needs.push({
              ...base,
              status: 'PUBLISHED',
              deadline: plusDays(day(new Date()), 14),
              closedAt: null,
              offers: [],
            });
          } else if (accepted) {
            const done = doneAfter < ageDays;
            needs.push({
              ...base,
              status: done ? 'DONE' : 'MATCHED',
              deadline: day(at(30)),
              closedAt: done ? at(doneAfter) : null,
              offers: [offer],
            });
          } else {
            needs.push({ ...base, status: 'EXPIRED', deadline: day(at(30)), closedAt: at(31), offers: [offer] });
          }
        } else if (roll > 0.95) {
          needs.push({
            ...base,
            status: 'CANCELLED',
            deadline: day(at(30)),
            closedAt: at(Math.min(10, ageDays - 1)),
            offers: [],
          });
        } else if (ageDays > 45) {
          needs.push({ ...base, status: 'EXPIRED', deadline: day(at(30)), closedAt: at(31), offers: [] });
        } else {
          needs.push({
            ...base,
            status: 'PUBLISHED',
            deadline: plusDays(day(new Date()), 10 + (i % 20)),
            closedAt: null,
            offers: [],
          });
        }
      }
      const ids = await this.history.insert(manager, needs);
      await enqueueSearchUpdates(manager, NEED_INDEX, ids);
      const open = needs.filter((n) => n.status === 'PUBLISHED').length;
      return { groups: YEAR_GROUPS.length, needs: ids.length, open };
    });
  }
}
