import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { type AuthenticatedUser, AuditLogService, forbidden, policies } from '@tsunagu/accounts/api';
import { badUserInput, notFound } from '@tsunagu/shared/api-core';
import { todayInJapan } from '@tsunagu/shared/util';
import { marcheMessages } from '../marche.messages';
import type { CreateMarcheEventInput, MarcheEvent } from './marche-event.model';
import { MarcheEventRepository } from './marche-event.repository';

const UUID = /^[0-9a-f-]{36}$/i;

/** Marché events: staff create them with their booth types; everyone reads them. */
@Injectable()
export class MarcheEventService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly eventRows: MarcheEventRepository,
    private readonly audit: AuditLogService,
  ) {}

  async createEvent(staff: AuthenticatedUser, input: CreateMarcheEventInput): Promise<MarcheEvent> {
    if (!policies.canManageMarche(staff)) throw forbidden();
    if (input.applyUntil < input.applyFrom) throw badUserInput(marcheMessages.applyUntilBeforeFrom, 'applyUntil');
    if (input.eventDate < input.applyFrom) throw badUserInput(marcheMessages.eventDateBeforeFrom, 'eventDate');
    const codes = input.boothTypes.map((b) => b.code);
    if (new Set(codes).size !== codes.length) throw badUserInput(marcheMessages.boothCodesRepeat, 'boothTypes');
    const id = await this.dataSource.transaction(async (manager) => {
      const eventId = await this.eventRows.create(
        {
          name: input.name.trim(),
          eventDate: input.eventDate,
          venue: input.venue.trim(),
          applyFrom: input.applyFrom,
          applyUntil: input.applyUntil,
          description: input.description,
          questions: input.questions,
          createdBy: staff.id,
        },
        input.boothTypes.map((t) => ({
          code: t.code,
          name: t.name.trim(),
          capacity: t.capacity,
          slotMinutes: t.slotMinutes ?? null,
        })),
        manager,
      );
      await this.audit.record(
        {
          actorUserId: staff.id,
          action: 'marche.event-created',
          targetType: 'marche_event',
          targetId: eventId,
          detail: { name: input.name },
        },
        manager,
      );
      return eventId;
    });
    return this.event(id);
  }

  async events(): Promise<MarcheEvent[]> {
    return Promise.all((await this.eventRows.idsNewestFirst()).map((id) => this.event(id)));
  }

  async event(id: string): Promise<MarcheEvent> {
    const row = UUID.test(id) ? await this.eventRows.findById(id) : null;
    if (!row) throw notFound(marcheMessages.eventNotFound);
    const types = await this.eventRows.boothTypesWithCounts(id);
    const today = todayInJapan();
    return {
      id: row.id,
      name: row.name,
      eventDate: row.eventDate,
      venue: row.venue,
      applyFrom: row.applyFrom,
      applyUntil: row.applyUntil,
      description: row.description,
      questions: row.questions,
      open: row.applyFrom <= today && today <= row.applyUntil,
      boothTypes: types.map((t) => ({ ...t })),
    };
  }
}
