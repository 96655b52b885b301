import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  AccountService,
  type AuthenticatedUser,
  CommunityGroupKind,
  CommunityGroupRepository,
  PeopleDirectory,
  ProxyAccessRepository,
} from '@tsunagu/accounts/api';
import { AssistedGroupService, ConsentMethodKind } from '@tsunagu/assisted/api';
import { NeedService, OfferService } from '@tsunagu/needs/api';
import { todayInJapan } from '@tsunagu/shared/util';
import type { DemoSeedStep } from './demo-seed-step';
import { plusDays } from './seed-dates';

export const DEMO_CENTRE_ACCOUNT = {
  email: 'centre@demo.tsunagu.jp',
  password: 'demo-centre-2026',
  displayName: '黒崎市民センター 窓口（デモ）',
} as const;

/**
 * Assisted mode as a newcomer first sees it: 黒崎市民センター with one member of staff, and a
 * 町内会 whose officer has no email, registered by that staff member with the officer's consent
 * on paper, with one need the centre wrote for it and an NPO's offer waiting for the officer's
 * answer (what the notice prints and the centre takes by phone).
 */
@Injectable()
export class DemoAssistedStep implements DemoSeedStep {
  readonly name = 'assisted';

  constructor(
    private readonly dataSource: DataSource,
    private readonly accounts: AccountService,
    private readonly people: PeopleDirectory,
    private readonly groups: CommunityGroupRepository,
    private readonly access: ProxyAccessRepository,
    private readonly assisted: AssistedGroupService,
    private readonly needs: NeedService,
    private readonly offers: OfferService,
  ) {}

  async run(): Promise<Record<string, unknown>> {
    const staffId = await this.people.idByEmail('staff@demo.tsunagu.jp');
    const account = await this.accounts.create(DEMO_CENTRE_ACCOUNT);
    const centreStaff: AuthenticatedUser = {
      id: account.id,
      email: DEMO_CENTRE_ACCOUNT.email,
      displayName: DEMO_CENTRE_ACCOUNT.displayName,
      role: 'MEMBER',
      sessionId: 'demo-seed',
    };
    const centre = await this.dataSource.transaction(async (manager) => {
      const created = await this.groups.create(
        {
          name: '黒崎市民センター',
          kind: 'SHIMIN_CENTER',
          ward: '八幡西区',
          area: '黒崎校区',
          representativeName: 'センター長',
          contactPhone: '093-621-0000',
          status: 'VERIFIED',
          decidedAt: new Date(),
          decidedBy: staffId,
        },
        manager,
      );
      await this.access.assignCentreStaff(created.id, account.id, staffId ?? account.id, manager);
      return created;
    });
    const group = await this.assisted.create(centreStaff, {
      centreId: centre.id,
      name: '黒崎四丁目町内会',
      kind: CommunityGroupKind.JICHIKAI,
      ward: '八幡西区',
      area: '黒崎四丁目',
      officerName: '田中 とし子',
      phone: '093-621-1234',
      postalAddress: '北九州市八幡西区黒崎四丁目（デモ）',
      consent: {
        method: ConsentMethodKind.PAPER_FORM,
        consentedOn: todayInJapan(),
        note: '窓口で同意書に署名をいただきました',
      },
    });
    const need = await this.needs.post(centreStaff, {
      groupId: group.id,
      publish: true,
      title: '集会所のまわりの草刈りを手伝ってほしい',
      description:
        '役員が高齢になり、集会所のまわりの草刈りが大変です。6月の日曜日の朝、2時間ほど手伝ってくれる方を探しています。道具は町内会にあります。',
      helpKind: 'VOLUNTEERS',
      deadline: plusDays(todayInJapan(), 30),
      fields: [3, 7],
    });
    const offered = await this.offerFromDemoNpo(need.id);
    return {
      centre: centre.name,
      centreStaff: DEMO_CENTRE_ACCOUNT.email,
      group: group.name,
      need: need.title,
      offers: offered ? 1 : 0,
    };
  }

  private async offerFromDemoNpo(needId: string): Promise<boolean> {
    const npoMemberId = await this.people.idByEmail('npo@demo.tsunagu.jp');
    const npoId = npoMemberId ? await this.people.firstNpoOf(npoMemberId) : null;
    if (!npoMemberId || !npoId) return false;
    const member: AuthenticatedUser = {
      id: npoMemberId,
      email: 'npo@demo.tsunagu.jp',
      displayName: '佐藤 花子（NPO事務局）',
      role: 'MEMBER',
      sessionId: 'demo-seed',
    };
    await this.offers.offerHelp(
      member,
      needId,
      npoId,
      '食堂のボランティアの大人4人で、日曜日の朝に伺えます。草刈り機を2台持っていきます。',
    );
    return true;
  }
}
