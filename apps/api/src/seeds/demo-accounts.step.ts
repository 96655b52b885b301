import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  AccountService,
  CommunityGroupRepository,
  MembershipRepository,
  NpoClaimRepository,
} from '@tsunagu/accounts/api';
import { NPO_INDEX, NpoProfileRepository, NpoRepository } from '@tsunagu/npo/api';
import { enqueueSearchUpdates } from '@tsunagu/search/api';
import type { DemoSeedStep } from './demo-seed-step';

/** Demo sign-ins, shown in the README. Demo data only: production starts with SEED_DEMO=false. */
export const DEMO_ACCOUNTS = {
  staff: { email: 'staff@demo.tsunagu.jp', password: 'demo-staff-2026', displayName: '市の職員（デモ）' },
  officer: {
    email: 'officer@demo.tsunagu.jp',
    password: 'demo-officer-2026',
    displayName: '山本 一郎（黒崎三丁目自治会）',
  },
  npo: { email: 'npo@demo.tsunagu.jp', password: 'demo-npo-2026', displayName: '佐藤 花子（NPO事務局）' },
} as const;

/**
 * A member of city staff, a community officer whose 自治会 is verified, and an NPO member who
 * looks after a demo NPO's profile, so a newcomer can try every role.
 */
@Injectable()
export class DemoAccountsStep implements DemoSeedStep {
  readonly name = 'accounts';

  constructor(
    private readonly dataSource: DataSource,
    private readonly accounts: AccountService,
    private readonly groups: CommunityGroupRepository,
    private readonly members: MembershipRepository,
    private readonly claims: NpoClaimRepository,
    private readonly npos: NpoRepository,
    private readonly profiles: NpoProfileRepository,
  ) {}

  async run(): Promise<Record<string, unknown>> {
    const manager = this.dataSource.manager;
    const staff = await this.accounts.create({ ...DEMO_ACCOUNTS.staff, role: 'STAFF' });
    const officer = await this.accounts.create(DEMO_ACCOUNTS.officer);
    const npoMember = await this.accounts.create(DEMO_ACCOUNTS.npo);
    const group = await this.groups.create(
      {
        name: '黒崎三丁目自治会',
        kind: 'JICHIKAI',
        ward: '八幡西区',
        area: '黒崎市民センター',
        representativeName: '山本 一郎',
        contactPhone: '093-000-0000',
        contactEmail: 'officer@demo.tsunagu.jp',
        status: 'VERIFIED',
        createdBy: officer.id,
        decidedBy: staff.id,
        decidedAt: new Date(),
      },
      manager,
    );
    await this.members.addGroupOwner(group.id, officer.id, manager);
    await this.groups.create(
      {
        name: '若松みなと町内会',
        kind: 'JICHIKAI',
        ward: '若松区',
        area: '若松市民センター',
        representativeName: '古賀 誠',
        status: 'PENDING',
        createdBy: officer.id,
      },
      manager,
    );
    const npo = await this.npos.demoNpo();
    if (npo) {
      await this.members.addNpoMember(npo.id, npoMember.id, manager);
      await this.claims.insertApproved({
        npoId: npo.id,
        userId: npoMember.id,
        message: '事務局の佐藤です。',
        decidedBy: staff.id,
      });
      const profile = await this.profiles.findOrNew(npo.id);
      await this.profiles.save(
        this.profiles.merge(profile, {
          introduction:
            '子どもたちが安心して集まれる食堂を、毎週土曜日に開いています。食材の寄付や当日のお手伝いも歓迎です。',
          helpKinds: ['VOLUNTEERS', 'LECTURER'],
          areas: ['八幡西区', '若松区'],
          contactForGroups: 'お問い合わせは事務局（平日10時〜16時）まで',
          printConsent: true,
          updatedBy: npoMember.id,
        }),
      );
      await enqueueSearchUpdates(manager, NPO_INDEX, [npo.id]);
    }
    return {
      staff: DEMO_ACCOUNTS.staff.email,
      officer: DEMO_ACCOUNTS.officer.email,
      npo: DEMO_ACCOUNTS.npo.email,
      npoName: npo?.name ?? null,
    };
  }
}
