import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { NEED_INDEX } from '@tsunagu/needs/api';
import { todayInJapan } from '@tsunagu/shared/util';
import { enqueueSearchUpdates } from '@tsunagu/search/api';
import { suggestFields } from '@tsunagu/shared/util';
import type { DemoSeedStep } from './demo-seed-step';
import { plusDays } from './seed-dates';

const DEMO_NEEDS = [
  {
    group: '黒崎三丁目自治会',
    title: '秋の防災訓練で、避難のしかたを教えてほしい',
    description:
      '毎年の防災訓練の参加者がへっています。お年寄りにもわかるように、避難のしかたや消火器の使い方を教えてくれる方を探しています。',
    helpKind: 'LECTURER',
    place: '黒崎市民センター',
    startsIn: 40,
    status: 'PUBLISHED',
  },
  {
    group: '黒崎三丁目自治会',
    title: '子ども食堂の配膳を手伝ってほしい',
    description:
      '月に2回、市民センターで子ども食堂を開いています。調理や配膳、子どもたちの見守りを手伝ってくれる方を探しています。',
    helpKind: 'VOLUNTEERS',
    place: '黒崎市民センター',
    startsIn: 20,
    status: 'PUBLISHED',
  },
  {
    group: '門司港まちづくり協議会',
    title: 'シニア向けスマホ教室の先生を探しています',
    description:
      'スマホを持っているけれど、電話しか使えないお年寄りが多いです。LINEや写真の送り方を、ゆっくり教えてくれる講師をお願いしたいです。',
    helpKind: 'LECTURER',
    place: '門司市民センター',
    startsIn: 30,
    status: 'PUBLISHED',
  },
  {
    group: '黒崎三丁目自治会',
    title: '夏祭りの運営（下書き）',
    description: '来年の夏祭りのテント設営と片付けを手伝ってくれる団体を探したいです。',
    helpKind: 'CO_ORGANISING',
    place: null,
    startsIn: 200,
    status: 'DRAFT',
  },
] as const;

/** A second verified group and a few needs, one of them already answered by the demo NPO. */
@Injectable()
export class DemoNeedsStep implements DemoSeedStep {
  readonly name = 'needs';

  constructor(private readonly dataSource: DataSource) {}

  async run(): Promise<Record<string, unknown>> {
    return this.dataSource.transaction(async (manager) => {
      const [officer] = await manager.query(`SELECT id FROM user_account WHERE email = 'officer@demo.tsunagu.jp'`);
      const [npoMember] = await manager.query(`SELECT id FROM user_account WHERE email = 'npo@demo.tsunagu.jp'`);
      if (!officer) return { needs: 0 };
      const [moji] = await manager.query(
        `INSERT INTO community_group (name, kind, ward, area, representative_name, contact_phone, status, created_by, decided_at)
         VALUES ('門司港まちづくり協議会', 'MACHIZUKURI', '門司区', '門司市民センター', '田中 和子', '093-000-0001', 'VERIFIED', $1, now())
         RETURNING id`,
        [officer.id],
      );
      await manager.query(`INSERT INTO group_member (group_id, user_id, role) VALUES ($1, $2, 'OWNER')`, [
        moji.id,
        officer.id,
      ]);
      const today = todayInJapan();
      const ids: string[] = [];
      for (const need of DEMO_NEEDS) {
        const [group] = await manager.query(`SELECT id, ward FROM community_group WHERE name = $1`, [need.group]);
        const [row] = await manager.query(
          `INSERT INTO need (group_id, created_by, title, description, fields, help_kind, ward, place, starts_on, deadline, status, published_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, CASE WHEN $11 = 'PUBLISHED' THEN now() END)
           RETURNING id`,
          [
            group.id,
            officer.id,
            need.title,
            need.description,
            suggestFields(`${need.title} ${need.description}`),
            need.helpKind,
            group.ward,
            need.place,
            plusDays(today, need.startsIn),
            plusDays(today, need.startsIn - 5),
            need.status,
          ],
        );
        ids.push(row.id);
      }
      const [npo] = npoMember
        ? await manager.query(`SELECT npo_id FROM npo_member WHERE user_id = $1 LIMIT 1`, [npoMember.id])
        : [];
      if (npo) {
        await manager.query(`INSERT INTO offer (need_id, npo_id, created_by, message) VALUES ($1, $2, $3, $4)`, [
          ids[1],
          npo.npo_id,
          npoMember.id,
          '私たちも毎週土曜日に子ども食堂を開いています。配膳と子どもの見守りで、2〜3人お手伝いできます。',
        ]);
      }
      await enqueueSearchUpdates(manager, NEED_INDEX, ids);
      return { needs: ids.length, offers: npo ? 1 : 0 };
    });
  }
}
