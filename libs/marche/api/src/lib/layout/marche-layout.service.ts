import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { type AuthenticatedUser, forbidden, policies } from '@tsunagu/accounts/api';
import { NpoNamesRepository } from '@tsunagu/npo/api';
import { badUserInput, conflict } from '@tsunagu/shared/api-core';
import type { MarcheApplication } from '../applications/marche-application.model';
import { MarcheApplicationRepository } from '../applications/marche-application.repository';
import { MarcheApplicationService } from '../applications/marche-application.service';
import { MarcheEventRepository } from '../events/marche-event.repository';
import { MarcheEventService } from '../events/marche-event.service';
import { marcheMessages } from '../marche.messages';
import { type VenueLayout, autoAssign, boothNumbers, cellsOf } from './booth-layout';
import type { MarcheExhibitor, MarcheLayout, MarcheLayoutInput } from './marche-layout.model';

// Stage presentations start at this time, one slot after another, in the order staff accepted them.
const STAGE_START_MINUTES = 10 * 60 + 30;

/** The venue map: staff draw it and place exhibitors; the public sees who stands where. */
@Injectable()
export class MarcheLayoutService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly events: MarcheEventService,
    private readonly eventRows: MarcheEventRepository,
    private readonly applications: MarcheApplicationService,
    private readonly applicationRows: MarcheApplicationRepository,
    private readonly npoNames: NpoNamesRepository,
  ) {}

  /** Staff draw the venue; booths already given keep their place only if they are still booths. */
  async setLayout(staff: AuthenticatedUser, eventId: string, input: MarcheLayoutInput): Promise<MarcheLayout> {
    if (!policies.canManageMarche(staff)) throw forbidden();
    await this.events.event(eventId);
    const inside = (id: string) => {
      const [r, c] = id.split('-').map(Number);
      return r < input.rows && c < input.cols;
    };
    const bad = [...input.blocked, ...input.stage, ...input.entrance].find((id) => !inside(id));
    if (bad) throw badUserInput(marcheMessages.cellOutside, 'layout', { cell: bad });
    const layout: VenueLayout = {
      rows: input.rows,
      cols: input.cols,
      blocked: input.blocked,
      stage: input.stage,
      entrance: input.entrance,
    };
    const booths = new Set(
      cellsOf(layout)
        .filter((c) => c.kind === 'BOOTH')
        .map((c) => c.id),
    );
    await this.dataSource.transaction(async (manager) => {
      await this.eventRows.setLayout(eventId, layout, manager);
      const placed = await this.applicationRows.placed(eventId, manager);
      const lost = placed.filter((p) => !booths.has(p.boothCell)).map((p) => p.id);
      await this.applicationRows.clearBooths(lost, manager);
    });
    return this.requireLayout(eventId, staff);
  }

  private async requireLayout(eventId: string, user: AuthenticatedUser): Promise<MarcheLayout> {
    const layout = await this.layout(eventId, user);
    if (!layout) throw conflict(marcheMessages.layoutFirst);
    return layout;
  }

  /** Staff put an accepted exhibitor on a booth (or take it off with boothId null). */
  async assignBooth(
    staff: AuthenticatedUser,
    applicationId: string,
    boothId: string | null,
  ): Promise<MarcheApplication> {
    if (!policies.canManageMarche(staff)) throw forbidden();
    const application = await this.applications.application(applicationId, staff);
    if (application.status !== 'ACCEPTED') throw conflict(marcheMessages.onlyAcceptedGetBooths);
    const layout = await this.eventRows.layoutOf(application.eventId);
    if (boothId !== null) {
      const cell = layout && cellsOf(layout).find((c) => c.id === boothId);
      if (!cell || cell.kind !== 'BOOTH') throw badUserInput(marcheMessages.notABooth, 'boothId');
      if (await this.applicationRows.boothHolder(application.eventId, boothId, applicationId))
        throw conflict(marcheMessages.boothTaken);
    }
    await this.applicationRows.setBooth(applicationId, boothId);
    return this.applications.application(applicationId, staff);
  }

  /** Staff: every accepted booth exhibitor without a booth gets one, related fields side by side. */
  async autoAssignBooths(staff: AuthenticatedUser, eventId: string): Promise<MarcheLayout> {
    if (!policies.canManageMarche(staff)) throw forbidden();
    const layout = await this.eventRows.layoutOf(eventId);
    if (!layout) throw conflict(marcheMessages.layoutFirst);
    await this.dataSource.transaction(async (manager) => {
      // One auto-assignment per event at a time.
      await this.eventRows.lock(eventId, manager);
      const rows = await this.applicationRows.acceptedBoothExhibitors(eventId, manager);
      const npos = await this.npoNames.byIds(
        rows.map((r) => r.npoId),
        manager,
      );
      const taken = new Set(rows.flatMap((r) => (r.boothCell ? [r.boothCell] : [])));
      const placed = autoAssign(
        layout,
        rows
          .filter((r) => !r.boothCell)
          .map((r) => ({
            applicationId: r.id,
            fields: npos.get(r.npoId)?.fields ?? [],
            name: npos.get(r.npoId)?.name ?? '',
          })),
        taken,
      );
      for (const [id, cell] of placed) await this.applicationRows.setBooth(id, cell, manager);
    });
    return this.requireLayout(eventId, staff);
  }

  /** The map: every cell, with who stands on each booth (for the public: published exhibitors only). */
  async layout(eventId: string, user: AuthenticatedUser | undefined): Promise<MarcheLayout | null> {
    const venue = await this.eventRows.layoutOf(eventId);
    if (!venue) return null;
    const staff = policies.canManageMarche(user);
    const placed = (await this.applicationRows.acceptedOnBooths(eventId)).filter((p) => staff || p.consentPublish);
    const npos = await this.npoNames.byIds(placed.map((p) => p.npoId));
    const who = new Map(placed.map((p) => [p.boothCell, npos.get(p.npoId)?.name ?? '']));
    return {
      rows: venue.rows,
      cols: venue.cols,
      cells: cellsOf(venue).map((c) => ({ ...c, exhibitor: who.get(c.id) ?? null })),
    };
  }

  /** The public list: accepted exhibitors that agreed to be published, with booth numbers and stage times. */
  async exhibitors(eventId: string): Promise<MarcheExhibitor[]> {
    const numbers = boothNumbers(await this.eventRows.layoutOf(eventId));
    const rows = await this.applicationRows.publishedExhibitors(eventId);
    const npos = await this.npoNames.byIds(rows.map((r) => r.npoId));
    const slotIndex = new Map<string, number>();
    return rows.map((r) => {
      let stageTime: string | null = null;
      if (r.slotMinutes) {
        const i = slotIndex.get(r.code) ?? 0;
        slotIndex.set(r.code, i + 1);
        const minutes = STAGE_START_MINUTES + i * r.slotMinutes;
        stageTime = `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
      }
      return {
        npoId: r.npoId,
        npoName: npos.get(r.npoId)?.name ?? '',
        title: r.title,
        description: r.description,
        boothType: r.code,
        boothTypeName: r.typeName,
        boothNumber: r.boothCell ? (numbers.get(r.boothCell) ?? null) : null,
        stageTime,
      };
    });
  }
}
