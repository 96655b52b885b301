import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { MembershipService } from '@tsunagu/accounts/api';
import { MarcheApplicationRepository, MarcheEventRepository } from '@tsunagu/marche/api';
import { NpoNamesRepository } from '@tsunagu/npo/api';
import { todayInJapan } from '@tsunagu/shared/util';
import type { DemoSeedStep } from './demo-seed-step';
import { plusDays } from './seed-dates';

// Enough active NPOs to find four nobody looks after (the demo NPO and claimed ones are skipped).
const CANDIDATES = 50;

/**
 * This year's Action! NPO Marché, open for applications, with a venue map and a few accepted
 * exhibitors already placed (NPOs other than the demo NPO, which is left free to apply).
 */
@Injectable()
export class DemoMarcheStep implements DemoSeedStep {
  readonly name = 'marche';

  constructor(
    private readonly dataSource: DataSource,
    private readonly events: MarcheEventRepository,
    private readonly applications: MarcheApplicationRepository,
    private readonly npoNames: NpoNamesRepository,
    private readonly memberships: MembershipService,
  ) {}

  async run(): Promise<Record<string, unknown>> {
    return this.dataSource.transaction(async (manager) => {
      const today = todayInJapan();
      const eventId = await this.events.create(
        {
          name: 'Action! NPO マルシェ',
          eventDate: plusDays(today, 100),
          venue: '北九州市役所 1階 市民ホール',
          applyFrom: plusDays(today, -10),
          applyUntil: plusDays(today, 60),
          description: 'NPOの活動を知って、地域の団体とつながる一日です。展示ブースとステージ発表があります。',
          questions: ['当日、体験できるコーナーはありますか'],
          createdBy: null,
          layout: {
            rows: 5,
            cols: 8,
            blocked: ['2-3', '2-4'],
            stage: ['0-6', '0-7', '1-6', '1-7'],
            entrance: ['4-0'],
          },
        },
        [
          { code: 'EXHIBIT', name: '展示ブース', capacity: 40, slotMinutes: null },
          { code: 'STAGE', name: 'ステージ発表', capacity: 12, slotMinutes: 15 },
          { code: 'WORKSHOP', name: 'ワークショップ', capacity: 6, slotMinutes: null },
        ],
        manager,
      );
      const typeIds = await this.events.boothTypeIds(eventId, manager);
      const npos = [];
      for (const npo of await this.npoNames.activeWithWard(CANDIDATES)) {
        if ((await this.memberships.npoMemberIds(npo.id, manager)).length === 0) npos.push(npo);
        if (npos.length === 4) break;
      }
      const cells = ['0-0', '0-1', '0-2'];
      for (const [i, npo] of npos.entries()) {
        const stage = i === 3;
        await this.applications.insert(
          {
            eventId,
            boothTypeId: stage ? typeIds['STAGE'] : typeIds['EXHIBIT'],
            npoId: npo.id,
            title: stage ? '活動発表' : '活動紹介パネル展示',
            description: `${npo.name}の活動を、写真と実物で紹介します。`,
            staffCount: 1,
            needsPower: false,
            needsWater: false,
            tables: 1,
            wishFields: [],
            wishText: null,
            answers: [],
            consentPublish: true,
            status: 'ACCEPTED',
            waitlistPosition: null,
            createdBy: null,
            decidedAt: new Date(),
            boothCell: stage ? null : cells[i],
          },
          manager,
        );
      }
      return { event: eventId, exhibitors: npos.length };
    });
  }
}
