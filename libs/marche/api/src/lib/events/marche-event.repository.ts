import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { EntityManager, Repository } from 'typeorm';
import { MarcheBoothTypeEntity } from '../entities/marche-booth-type.entity';
import { MarcheEventEntity } from '../entities/marche-event.entity';
import type { VenueLayout } from '../layout/booth-layout';

export type NewMarcheEvent = Pick<
  MarcheEventEntity,
  'name' | 'eventDate' | 'venue' | 'applyFrom' | 'applyUntil' | 'description' | 'questions' | 'createdBy'
> &
  Partial<Pick<MarcheEventEntity, 'layout'>>;

export type NewBoothType = Pick<MarcheBoothTypeEntity, 'code' | 'name' | 'capacity' | 'slotMinutes'>;

/** A booth type with the places its applications hold. */
export interface BoothTypeCounts {
  id: string;
  code: string;
  name: string;
  capacity: number;
  slotMinutes: number | null;
  taken: number;
  waitlisted: number;
}

/** marche_event and its marche_booth_type rows. */
@Injectable()
export class MarcheEventRepository {
  constructor(@InjectRepository(MarcheEventEntity) private readonly events: Repository<MarcheEventEntity>) {}

  private repo(manager?: EntityManager): Repository<MarcheEventEntity> {
    return manager ? manager.getRepository(MarcheEventEntity) : this.events;
  }

  /** The event and its booth types (sorted as given); returns the new event's id. */
  async create(event: NewMarcheEvent, boothTypes: NewBoothType[], manager: EntityManager): Promise<string> {
    const { identifiers } = await manager.getRepository(MarcheEventEntity).insert(event);
    const eventId = identifiers[0]['id'] as string;
    if (boothTypes.length > 0)
      await manager.getRepository(MarcheBoothTypeEntity).insert(boothTypes.map((t, sort) => ({ ...t, eventId, sort })));
    return eventId;
  }

  /** Booth type id by code, of one event. */
  async boothTypeIds(eventId: string, manager?: EntityManager): Promise<Record<string, string>> {
    const rows = await (manager ?? this.events.manager)
      .getRepository(MarcheBoothTypeEntity)
      .find({ select: ['id', 'code'], where: { eventId } });
    return Object.fromEntries(rows.map((r) => [r.code, r.id]));
  }

  async idsNewestFirst(): Promise<string[]> {
    const rows = await this.events.find({ select: ['id'], order: { eventDate: 'DESC' } });
    return rows.map((r) => r.id);
  }

  findById(id: string, manager?: EntityManager): Promise<MarcheEventEntity | null> {
    return this.repo(manager).findOne({ where: { id } });
  }

  /** The event's booth types in their order, with places held (PENDING, ACCEPTED) and waitlisted. */
  async boothTypesWithCounts(eventId: string): Promise<BoothTypeCounts[]> {
    return this.events.query(
      `SELECT t.id, t.code, t.name, t.capacity, t.slot_minutes AS "slotMinutes",
              count(a.id) FILTER (WHERE a.status IN ('PENDING', 'ACCEPTED'))::int AS taken,
              count(a.id) FILTER (WHERE a.status = 'WAITLISTED')::int AS waitlisted
         FROM marche_booth_type t LEFT JOIN marche_application a ON a.booth_type_id = t.id
        WHERE t.event_id = $1 GROUP BY t.id ORDER BY t.sort`,
      [eventId],
    );
  }

  async layoutOf(eventId: string): Promise<VenueLayout | null> {
    const row = await this.events.findOne({ select: ['id', 'layout'], where: { id: eventId } });
    return row?.layout ?? null;
  }

  async setLayout(eventId: string, layout: VenueLayout, manager: EntityManager): Promise<void> {
    // As JSON text: update() would read the layout's arrays as partial entities.
    await this.repo(manager)
      .createQueryBuilder()
      .update()
      .set({ layout: () => 'CAST(:layout AS jsonb)' })
      .setParameter('layout', JSON.stringify(layout))
      .where('id = :eventId', { eventId })
      .execute();
  }

  /** Locks the event row: one automatic booth assignment per event at a time. */
  async lock(eventId: string, manager: EntityManager): Promise<void> {
    await manager.query(`SELECT id FROM marche_event WHERE id = $1 FOR UPDATE`, [eventId]);
  }
}
