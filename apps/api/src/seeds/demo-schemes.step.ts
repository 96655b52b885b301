import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { GroupSeeding, PeopleDirectory } from '@tsunagu/accounts/api';
import { NEED_INDEX, NeedRepository } from '@tsunagu/needs/api';
import { type SaveSupportSchemeInput, SupportSchemeService, cleanSchemeInput } from '@tsunagu/schemes/api';
import { enqueueSearchUpdates } from '@tsunagu/search/api';
import { suggestFields, todayInJapan } from '@tsunagu/shared/util';
import type { DemoSeedStep } from './demo-seed-step';
import { plusDays } from './seed-dates';

const OFFICE = '北九州市 地域・人づくり部 地域振興課';
// DEMO number (093-000-…, like the demo groups' phones): not the office's real one.
const OFFICE_PHONE = '093-000-2150';

/** Three schemes of the kind the city runs, in plain words (the demo's texts, not the city's). */
export const DEMO_SCHEMES: readonly SaveSupportSchemeInput[] = [
  {
    name: '課題解決型地域づくり事業',
    summary:
      '自治会・町内会が、地域の困りごとを解決するために取り組む事業を、市が費用の一部で支えます。回覧板のお知らせをホームページや電子回覧板、SNSで出すなど、自治会のデジタル化にも使えます。',
    eligibility: '市内の自治会・町内会、まちづくり協議会',
    howToApply: '毎年春に募集します。申込書と事業の計画を、地域振興課に出してください。書き方は電話で相談できます。',
    officeName: OFFICE,
    officePhone: OFFICE_PHONE,
    officeUrl: 'https://www.city.kitakyushu.lg.jp/',
    keywords: 'ホームページ 電子回覧板 SNS LINE デジタル化 補助金',
    concepts: ['publicity-online', 'digital', 'community-development', 'neighbourhood-association'],
    fields: [3, 19],
  },
  {
    name: 'まちづくり専門家派遣',
    summary:
      '地域の行事や事業を計画して進めるときに、まちづくりの専門家を無料で派遣します。広報のしかたやパソコン・ITの使い方の相談もできます。',
    eligibility: '市内の自治会・町内会、まちづくり協議会、地域で活動する団体',
    howToApply: '相談したいことを、電話で地域振興課に伝えてください。内容に合う専門家を紹介します。',
    officeName: OFFICE,
    officePhone: OFFICE_PHONE,
    officeUrl: 'https://www.city.kitakyushu.lg.jp/',
    keywords: '専門家 アドバイザー 広報 IT 計画づくり',
    concepts: ['community-development', 'group-management'],
    fields: [3],
  },
  {
    name: 'マンション管理士派遣',
    summary:
      'マンションの管理組合や、マンションの自治会に、マンション管理士を派遣します。管理規約の見直し、修繕の計画、住民どうしのつながりづくりを相談できます。',
    eligibility: '市内のマンションの管理組合、マンションの住民でつくる自治会',
    howToApply: '電話で申し込んでください。日程を決めて、管理士が集会所などにうかがいます。',
    officeName: OFFICE,
    officePhone: OFFICE_PHONE,
    officeUrl: null,
    keywords: 'マンション 管理組合 管理規約 修繕',
    concepts: ['housing'],
    fields: [],
  },
];

/** The demo need a newcomer opens to see 「市の制度も使えます」 beside the suggested helpers. */
export const DEMO_ONLINE_NEWS_NEED = {
  group: '黒崎三丁目自治会',
  title: '自治会のお知らせをホームページやLINEで出したい',
  description:
    'ホームページや LINE で回覧板のお知らせを出したいです。パソコンにくわしい人がいないので、作り方と続け方を教えてくれる方を探しています。',
  helpKind: 'LECTURER',
  place: '黒崎市民センター',
  startsIn: 45,
} as const;

/** The city's support schemes, and the need about putting the 自治会's news online. */
@Injectable()
export class DemoSchemesStep implements DemoSeedStep {
  readonly name = 'schemes';

  constructor(
    private readonly schemes: SupportSchemeService,
    private readonly dataSource: DataSource,
    private readonly people: PeopleDirectory,
    private readonly groups: GroupSeeding,
    private readonly needs: NeedRepository,
  ) {}

  async run(): Promise<Record<string, unknown>> {
    let added = 0;
    for (const scheme of DEMO_SCHEMES) if (await this.schemes.seed(cleanSchemeInput(scheme))) added++;
    return { schemes: added, needs: await this.seedNeed() };
  }

  private seedNeed(): Promise<number> {
    const need = DEMO_ONLINE_NEWS_NEED;
    return this.dataSource.transaction(async (manager) => {
      const officer = await this.people.idByEmail('officer@demo.tsunagu.jp', manager);
      const group = await this.groups.byName(manager, need.group);
      if (!officer || !group) return 0;
      const today = todayInJapan();
      const saved = await this.needs.save(
        this.needs.create(manager, {
          groupId: group.id,
          createdBy: officer,
          title: need.title,
          description: need.description,
          fields: suggestFields(`${need.title} ${need.description}`),
          helpKind: need.helpKind,
          ward: group.ward,
          place: need.place,
          startsOn: plusDays(today, need.startsIn),
          deadline: plusDays(today, need.startsIn - 5),
          status: 'PUBLISHED',
          publishedAt: new Date(),
        }),
        manager,
      );
      await enqueueSearchUpdates(manager, NEED_INDEX, [saved.id]);
      return 1;
    });
  }
}
