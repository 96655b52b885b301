import { Injectable } from '@nestjs/common';
import { AccountService, type AuthenticatedUser, MembershipRepository, PeopleDirectory } from '@tsunagu/accounts/api';
import {
  HelperKind,
  HelperRegistrationService,
  NPO_INDEX,
  NpoProfileRepository,
  type RegisterHelperInput,
} from '@tsunagu/npo/api';
import { enqueueSearchUpdates } from '@tsunagu/search/api';
import { DataSource } from 'typeorm';
import { DEMO_ACCOUNTS } from './demo-accounts.step';
import type { DemoSeedStep } from './demo-seed-step';

/** Demo sign-ins of the other helpers, shown in the README. */
export const DEMO_HELPER_ACCOUNTS = {
  company: {
    email: 'company@demo.tsunagu.jp',
    password: 'demo-company-2026',
    displayName: '中村 健（とばたウェブ工房）',
  },
  helper: {
    email: 'helper@demo.tsunagu.jp',
    password: 'demo-helper-2026',
    displayName: '藤井 さくら（若松ITボランティアの会）',
  },
} as const;

const company = (name: string, ward: string, purpose: string, fields: number[]): RegisterHelperInput => ({
  kind: HelperKind.COMPANY,
  name,
  ward,
  purpose,
  fields,
});
const university = (name: string, ward: string, purpose: string, fields: number[]): RegisterHelperInput => ({
  kind: HelperKind.UNIVERSITY,
  name,
  ward,
  purpose,
  fields,
});

/**
 * Companies and university groups of the kind the city honours and works with (the demo's own
 * texts, not real organisations), entered as staff would enter them from the city's list.
 */
export const DEMO_HELPERS: readonly RegisterHelperInput[] = [
  company(
    '株式会社とばたウェブ工房',
    '戸畑区',
    '自治会・町内会のホームページづくりを手伝います。LINE公式アカウントやSNSでお知らせを出すしかたも、集会所に伺ってお教えします。',
    [14, 3],
  ),
  company(
    '九州グリーン建設株式会社 地域貢献チーム',
    '八幡西区',
    '社員が地域の草刈り、公園や道路の清掃、側溝の掃除をボランティアで手伝います。草刈り機などの道具も持っていきます。',
    [7, 3],
  ),
  company(
    '株式会社こくら防災サービス',
    '小倉北区',
    '自治会の防災訓練で、消火器の使い方や避難のしかたを教えます。防災の備えについての講座もできます。',
    [8, 9],
  ),
  company(
    '北九州みらい電力株式会社 地域応援チーム',
    '小倉南区',
    'ひとり暮らしの高齢者の見守りと、家の電気の安全点検を手伝います。',
    [1, 9],
  ),
  company(
    'スーパーまるもり 八幡店',
    '八幡東区',
    '買い物に行きにくい地域に移動販売の車を出します。お店までの送迎も相談できます。',
    [1, 3],
  ),
  university(
    '北九州市立大学 地域創生学群 広報デザインゼミ',
    '小倉南区',
    '学生が町内会・自治会と一緒に、ホームページやLINE・SNSでのお知らせ、チラシをつくります。スマホでの更新のしかたもお教えします。',
    [14, 2, 3],
  ),
  university(
    '九州共立大学 地域創造学科 まちづくりサークル',
    '八幡西区',
    '学生が夏祭りや地域の清掃、子どもの行事の準備と当日のお手伝いをします。',
    [3, 13],
  ),
  university(
    '九州国際大学 地域経済学科 商店街研究会',
    '八幡東区',
    '商店街の活性化を地域の人と一緒に考えます。空き店舗の調査やイベントの企画を手伝います。',
    [16, 3],
  ),
];

/** Registered by the demo helper account, waiting for staff to verify it (the staff desk shows it). */
const PENDING_REGISTRATION: RegisterHelperInput = {
  kind: HelperKind.OTHER,
  name: '若松ITボランティアの会',
  ward: '若松区',
  purpose: '高齢の方にスマートフォンやパソコンの使い方を教えるボランティアの集まりです。',
  fields: [14, 1],
};

/**
 * The other helpers of issue #17: five companies and three university groups (verified, as the
 * city's own list), the company's member (company@), and one registration waiting for staff.
 */
@Injectable()
export class DemoHelpersStep implements DemoSeedStep {
  readonly name = 'helpers';

  constructor(
    private readonly dataSource: DataSource,
    private readonly accounts: AccountService,
    private readonly people: PeopleDirectory,
    private readonly helpers: HelperRegistrationService,
    private readonly profiles: NpoProfileRepository,
    private readonly members: MembershipRepository,
  ) {}

  async run(): Promise<Record<string, unknown>> {
    const staffId = await this.people.idByEmail(DEMO_ACCOUNTS.staff.email);
    if (!staffId) return { skipped: 'no demo staff account' };
    const staff = this.asUser(staffId, DEMO_ACCOUNTS.staff.email, DEMO_ACCOUNTS.staff.displayName, 'STAFF');
    const created = [];
    for (const input of DEMO_HELPERS) created.push(await this.helpers.create(staff, input));

    const member = await this.accounts.create(DEMO_HELPER_ACCOUNTS.company);
    const web = created[0];
    const manager = this.dataSource.manager;
    await this.members.addNpoMember(web.id, member.id, manager);
    const profile = await this.profiles.findOrNew(web.id);
    await this.profiles.save(
      this.profiles.merge(profile, {
        introduction:
          '戸畑区の小さなウェブ制作会社です。地域への恩返しとして、自治会・町内会のホームページづくりを手伝っています（自治会応援事業者表彰 2024年度）。',
        helpKinds: ['ADVICE', 'LECTURER'],
        areas: ['戸畑区', '小倉北区', '八幡東区'],
        contactForGroups: 'お問い合わせは平日9時〜18時、担当の中村まで',
        printConsent: true,
        updatedBy: member.id,
      }),
    );
    await enqueueSearchUpdates(manager, NPO_INDEX, [web.id]);

    // The seminar works with 町内会 across the city, and says how.
    const seminar = created[5];
    await this.profiles.save(
      this.profiles.merge(await this.profiles.findOrNew(seminar.id), {
        introduction:
          '地域創生学群の学生と先生のゼミです。授業の一つとして、町内会・自治会と一緒にホームページやSNSのお知らせをつくり、役員の方が自分で更新できるようになるまでお手伝いします。',
        helpKinds: ['ADVICE', 'CO_ORGANISING'],
        areas: ['小倉南区', '小倉北区', '門司区', '八幡東区'],
        contactForGroups: '大学の地域共生教育センターを通してご連絡ください',
        printConsent: true,
        updatedBy: staffId,
      }),
    );
    await enqueueSearchUpdates(manager, NPO_INDEX, [seminar.id]);

    const registrant = await this.accounts.create(DEMO_HELPER_ACCOUNTS.helper);
    await this.helpers.register(
      this.asUser(registrant.id, registrant.email, registrant.displayName, 'MEMBER'),
      PENDING_REGISTRATION,
    );
    return { helpers: created.length, pending: 1, member: DEMO_HELPER_ACCOUNTS.company.email };
  }

  private asUser(id: string, email: string, displayName: string, role: AuthenticatedUser['role']): AuthenticatedUser {
    return { id, email, displayName, role, sessionId: 'demo-seed' };
  }
}
