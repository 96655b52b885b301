import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { type EntityManager, In, IsNull, Not, type Repository } from 'typeorm';
import { MarcheApplicationEntity, type MarcheApplicationStatusValue } from '../entities/marche-application.entity';

/** An application with its booth type's code and its event's name, as services and the API use it. */
export interface ApplicationView {
  id: string;
  eventId: string;
  npoId: string;
  boothTypeId: string;
  boothCode: string;
  title: string;
  description: string;
  status: MarcheApplicationStatusValue;
  waitlistPosition: number | null;
  reviewReason: string | null;
  createdAt: Date;
  eventName: string;
}

export type NewApplication = Pick<
  MarcheApplicationEntity,
  | 'eventId'
  | 'boothTypeId'
  | 'npoId'
  | 'title'
  | 'description'
  | 'staffCount'
  | 'needsPower'
  | 'needsWater'
  | 'tables'
  | 'wishFields'
  | 'wishText'
  | 'answers'
  | 'consentPublish'
  | 'status'
  | 'waitlistPosition'
  | 'createdBy'
> &
  Partial<Pick<MarcheApplicationEntity, 'decidedAt' | 'boothCell'>>;

/** What the NPO may still change while the period is open (undefined keeps, wishText null clears). */
export interface ApplicationChanges {
  title?: string;
  description?: string;
  staffCount?: number;
  needsPower?: boolean;
  needsWater?: boolean;
  tables?: number;
  wishText?: string | null;
}

/** A row of the staff's export, with the booth type's name. */
export interface ApplicationTableRow {
  boothTypeName: string;
  status: string;
  waitlistPosition: number | null;
  npoId: string;
  title: string;
  description: string;
  staffCount: number;
  needsPower: boolean;
  needsWater: boolean;
  tables: number;
  wishText: string | null;
  answers: unknown;
  consentPublish: boolean;
  boothCell: string | null;
  reviewReason: string | null;
  createdAt: Date;
}

/** An accepted exhibitor on the public list, with its booth type. */
export interface PublishedExhibitorRow {
  npoId: string;
  title: string;
  description: string;
  code: string;
  typeName: string;
  slotMinutes: number | null;
  boothCell: string | null;
}

const SELECT_VIEW = `
  SELECT a.id, a.event_id AS "eventId", a.npo_id AS "npoId", a.booth_type_id AS "boothTypeId", t.code AS "boothCode",
         a.title, a.description, a.status, a.waitlist_position AS "waitlistPosition", a.review_reason AS "reviewReason",
         a.created_at AS "createdAt", e.name AS "eventName"
    FROM marche_application a
    JOIN marche_booth_type t ON t.id = a.booth_type_id
    JOIN marche_event e ON e.id = a.event_id`;

// The staff's order of an event's applications: by booth type, status, waitlist place, age.
const LIST_ORDER = `ORDER BY t.sort, a.status, a.waitlist_position NULLS FIRST, a.created_at`;

/** marche_application: the NPOs' applications, their review and their booths. */
@Injectable()
export class MarcheApplicationRepository {
  constructor(
    @InjectRepository(MarcheApplicationEntity) private readonly applications: Repository<MarcheApplicationEntity>,
  ) {}

  private repo(manager?: EntityManager): Repository<MarcheApplicationEntity> {
    return manager ? manager.getRepository(MarcheApplicationEntity) : this.applications;
  }

  async view(id: string, manager?: EntityManager): Promise<ApplicationView | null> {
    const [row] = await (manager ?? this.applications.manager).query(`${SELECT_VIEW} WHERE a.id = $1`, [id]);
    return (row as ApplicationView | undefined) ?? null;
  }

  viewsOfEvent(eventId: string): Promise<ApplicationView[]> {
    return this.applications.query(`${SELECT_VIEW} WHERE a.event_id = $1 ${LIST_ORDER}`, [eventId]);
  }

  /** The NPO's application to the event that is not withdrawn, if any. */
  async liveOf(eventId: string, npoId: string, manager?: EntityManager): Promise<string | null> {
    const row = await this.repo(manager).findOne({
      select: ['id'],
      where: { eventId, npoId, status: Not('WITHDRAWN') },
    });
    return row?.id ?? null;
  }

  /** NPOs that applied to the event and did not withdraw. */
  async liveNpoIds(eventId: string): Promise<string[]> {
    const rows = await this.applications.find({ select: ['npoId'], where: { eventId, status: Not('WITHDRAWN') } });
    return rows.map((r) => r.npoId);
  }

  async insert(application: NewApplication, manager: EntityManager): Promise<string> {
    const { identifiers } = await manager.getRepository(MarcheApplicationEntity).insert(application);
    return identifiers[0]['id'] as string;
  }

  async change(id: string, changes: ApplicationChanges): Promise<void> {
    const set: Partial<MarcheApplicationEntity> = {};
    for (const [key, value] of Object.entries(changes) as Array<[keyof ApplicationChanges, unknown]>)
      if (value !== undefined) (set as Record<string, unknown>)[key] = value;
    await this.applications.update({ id }, { ...set, updatedAt: () => 'now()' });
  }

  async withdraw(id: string, manager: EntityManager): Promise<void> {
    await this.repo(manager).update({ id }, { status: 'WITHDRAWN', waitlistPosition: null, updatedAt: () => 'now()' });
  }

  async decide(
    id: string,
    status: 'ACCEPTED' | 'REJECTED',
    reason: string | null,
    manager: EntityManager,
  ): Promise<void> {
    await this.repo(manager).update(
      { id },
      {
        status,
        waitlistPosition: null,
        reviewReason: reason,
        decidedAt: () => 'now()',
        updatedAt: () => 'now()',
      },
    );
  }

  /** Applications of the event that stand on a booth. */
  async placed(eventId: string, manager?: EntityManager): Promise<Array<{ id: string; boothCell: string }>> {
    const rows = await this.repo(manager).find({
      select: ['id', 'boothCell'],
      where: { eventId, boothCell: Not(IsNull()) },
    });
    return rows.map((r) => ({ id: r.id, boothCell: r.boothCell as string }));
  }

  async clearBooths(ids: string[], manager: EntityManager): Promise<void> {
    if (ids.length) await this.repo(manager).update({ id: In(ids) }, { boothCell: null });
  }

  /** Another application of the event on this booth, if any. */
  async boothHolder(eventId: string, boothCell: string, exceptId: string): Promise<string | null> {
    const row = await this.applications.findOne({
      select: ['id'],
      where: { eventId, boothCell, id: Not(exceptId) },
    });
    return row?.id ?? null;
  }

  async setBooth(id: string, boothCell: string | null, manager?: EntityManager): Promise<void> {
    await this.repo(manager).update({ id }, { boothCell, updatedAt: () => 'now()' });
  }

  /** Accepted exhibitors of booth types without stage slots: the ones that stand on the map. */
  acceptedBoothExhibitors(
    eventId: string,
    manager: EntityManager,
  ): Promise<Array<{ id: string; npoId: string; boothCell: string | null }>> {
    return manager.query(
      `SELECT a.id, a.npo_id AS "npoId", a.booth_cell AS "boothCell" FROM marche_application a
         JOIN marche_booth_type t ON t.id = a.booth_type_id
        WHERE a.event_id = $1 AND a.status = 'ACCEPTED' AND t.slot_minutes IS NULL`,
      [eventId],
    );
  }

  /** Accepted applications placed on a booth, with whether they may be shown to the public. */
  async acceptedOnBooths(
    eventId: string,
  ): Promise<Array<{ npoId: string; boothCell: string; consentPublish: boolean }>> {
    const rows = await this.applications.find({
      select: ['npoId', 'boothCell', 'consentPublish'],
      where: { eventId, status: 'ACCEPTED', boothCell: Not(IsNull()) },
    });
    return rows.map((r) => ({ npoId: r.npoId, boothCell: r.boothCell as string, consentPublish: r.consentPublish }));
  }

  /** Accepted exhibitors that agreed to be published, in stage order (type, then when accepted). */
  publishedExhibitors(eventId: string): Promise<PublishedExhibitorRow[]> {
    return this.applications.query(
      `SELECT a.npo_id AS "npoId", a.title, a.description, t.code, t.name AS "typeName", t.slot_minutes AS "slotMinutes",
              a.booth_cell AS "boothCell"
         FROM marche_application a JOIN marche_booth_type t ON t.id = a.booth_type_id
        WHERE a.event_id = $1 AND a.status = 'ACCEPTED' AND a.consent_publish
        ORDER BY t.sort, a.decided_at, a.created_at`,
      [eventId],
    );
  }

  async isPublishedExhibitor(eventId: string, npoId: string): Promise<boolean> {
    return this.applications.exists({ where: { eventId, npoId, status: 'ACCEPTED', consentPublish: true } });
  }

  tableRows(eventId: string): Promise<ApplicationTableRow[]> {
    return this.applications.query(
      `SELECT t.name AS "boothTypeName", a.status, a.waitlist_position AS "waitlistPosition", a.npo_id AS "npoId",
              a.title, a.description, a.staff_count AS "staffCount", a.needs_power AS "needsPower",
              a.needs_water AS "needsWater", a.tables, a.wish_text AS "wishText", a.answers,
              a.consent_publish AS "consentPublish", a.booth_cell AS "boothCell", a.review_reason AS "reviewReason",
              a.created_at AS "createdAt"
         FROM marche_application a JOIN marche_booth_type t ON t.id = a.booth_type_id
        WHERE a.event_id = $1 ${LIST_ORDER}`,
      [eventId],
    );
  }

  /** What a person submitted (the personal-data export). */
  submittedBy(userId: string): Promise<MarcheApplicationEntity[]> {
    return this.applications.find({ where: { createdBy: userId }, order: { createdAt: 'ASC' } });
  }
}
