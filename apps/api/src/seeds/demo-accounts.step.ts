import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AccountService } from '@tsunagu/accounts/api';
import { NPO_INDEX } from '@tsunagu/npo/api';
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
  ) {}

  async run(): Promise<Record<string, unknown>> {
    const staff = await this.accounts.create({ ...DEMO_ACCOUNTS.staff, role: 'STAFF' });
    const officer = await this.accounts.create(DEMO_ACCOUNTS.officer);
    const npoMember = await this.accounts.create(DEMO_ACCOUNTS.npo);
    const [group] = await this.dataSource.query(
      `INSERT INTO community_group (name, kind, ward, area, representative_name, contact_phone, contact_email, status, created_by, decided_by, decided_at)
       VALUES ('黒崎三丁目自治会', 'JICHIKAI', '八幡西区', '黒崎市民センター', '山本 一郎', '093-000-0000', 'officer@demo.tsunagu.jp', 'VERIFIED', $1, $2, now())
       RETURNING id`,
      [officer.id, staff.id],
    );
    await this.dataSource.query(`INSERT INTO group_member (group_id, user_id, role) VALUES ($1, $2, 'OWNER')`, [
      group.id,
      officer.id,
    ]);
    await this.dataSource.query(
      `INSERT INTO community_group (name, kind, ward, area, representative_name, status, created_by)
       VALUES ('若松みなと町内会', 'JICHIKAI', '若松区', '若松市民センター', '古賀 誠', 'PENDING', $1)`,
      [officer.id],
    );
    const [npo] = await this.dataSource.query(
      `SELECT id, name FROM npo WHERE status = 'ACTIVE' AND ward IS NOT NULL AND 13 = ANY(fields) ORDER BY name LIMIT 1`,
    );
    if (npo) {
      await this.dataSource.query(`INSERT INTO npo_member (npo_id, user_id) VALUES ($1, $2)`, [npo.id, npoMember.id]);
      await this.dataSource.query(
        `INSERT INTO npo_claim (npo_id, user_id, message, status, decided_by, decided_at) VALUES ($1, $2, '事務局の佐藤です。', 'APPROVED', $3, now())`,
        [npo.id, npoMember.id, staff.id],
      );
      await this.dataSource.query(
        `INSERT INTO npo_profile (npo_id, introduction, help_kinds, areas, contact_for_groups, print_consent, updated_by)
         VALUES ($1, $2, '{VOLUNTEERS,LECTURER}', '{八幡西区,若松区}', 'お問い合わせは事務局（平日10時〜16時）まで', true, $3)`,
        [
          npo.id,
          '子どもたちが安心して集まれる食堂を、毎週土曜日に開いています。食材の寄付や当日のお手伝いも歓迎です。',
          npoMember.id,
        ],
      );
      await enqueueSearchUpdates(this.dataSource.manager, NPO_INDEX, [npo.id]);
    }
    return {
      staff: DEMO_ACCOUNTS.staff.email,
      officer: DEMO_ACCOUNTS.officer.email,
      npo: DEMO_ACCOUNTS.npo.email,
      npoName: npo?.name ?? null,
    };
  }
}
