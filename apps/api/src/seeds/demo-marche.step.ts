import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { todayInJapan } from '@tsunagu/shared/util';
import type { DemoSeedStep } from './demo-seed-step';
import { plusDays } from './seed-dates';

/**
 * This year's Action! NPO Marché, open for applications, with a venue map and a few accepted
 * exhibitors already placed (NPOs other than the demo NPO, which is left free to apply).
 */
@Injectable()
export class DemoMarcheStep implements DemoSeedStep {
  readonly name = 'marche';

  constructor(private readonly dataSource: DataSource) {}

  async run(): Promise<Record<string, unknown>> {
    return this.dataSource.transaction(async (manager) => {
      const today = todayInJapan();
      const layout = {
        rows: 5,
        cols: 8,
        blocked: ['2-3', '2-4'],
        stage: ['0-6', '0-7', '1-6', '1-7'],
        entrance: ['4-0'],
      };
      const [event] = await manager.query(
        `INSERT INTO marche_event (name, event_date, venue, apply_from, apply_until, description, questions, layout)
         VALUES ('Action! NPO マルシェ', $1, '北九州市役所 1階 市民ホール', $2, $3, $4, $5, $6) RETURNING id`,
        [
          plusDays(today, 100),
          plusDays(today, -10),
          plusDays(today, 60),
          'NPOの活動を知って、地域の団体とつながる一日です。展示ブースとステージ発表があります。',
          JSON.stringify(['当日、体験できるコーナーはありますか']),
          JSON.stringify(layout),
        ],
      );
      const types = [
        ['EXHIBIT', '展示ブース', 40, null],
        ['STAGE', 'ステージ発表', 12, 15],
        ['WORKSHOP', 'ワークショップ', 6, null],
      ] as const;
      const typeIds: Record<string, string> = {};
      for (const [sort, [code, name, capacity, slot]] of types.entries()) {
        const [row] = await manager.query(
          `INSERT INTO marche_booth_type (event_id, code, name, capacity, slot_minutes, sort) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
          [event.id, code, name, capacity, slot, sort],
        );
        typeIds[code] = row.id;
      }
      const npos: Array<{ id: string; name: string }> = await manager.query(
        `SELECT n.id, n.name FROM npo n WHERE n.status = 'ACTIVE' AND n.ward IS NOT NULL
            AND NOT EXISTS (SELECT 1 FROM npo_member m WHERE m.npo_id = n.id)
          ORDER BY n.name LIMIT 4`,
      );
      const cells = ['0-0', '0-1', '0-2'];
      for (const [i, npo] of npos.entries()) {
        const stage = i === 3;
        await manager.query(
          `INSERT INTO marche_application (event_id, booth_type_id, npo_id, title, description, consent_publish, status, decided_at, booth_cell)
           VALUES ($1, $2, $3, $4, $5, true, 'ACCEPTED', now(), $6)`,
          [
            event.id,
            stage ? typeIds.STAGE : typeIds.EXHIBIT,
            npo.id,
            stage ? '活動発表' : '活動紹介パネル展示',
            `${npo.name}の活動を、写真と実物で紹介します。`,
            stage ? null : cells[i],
          ],
        );
      }
      return { event: event.id, exhibitors: npos.length };
    });
  }
}
