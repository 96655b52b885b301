import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { HelperRecordEntity, type HelperSource } from '../entities/helper-record.entity';
import { type HelperKindCode, NpoEntity } from '../entities/npo.entity';

/** What a new helper of another kind is written with (its npo row and its helper_record). */
export interface NewHelper {
  readonly kind: HelperKindCode;
  readonly name: string;
  readonly nameKana: string | null;
  readonly city: string;
  readonly ward: string | null;
  readonly address: string | null;
  readonly purpose: string;
  readonly fields: number[];
  readonly status: 'PENDING_REVIEW' | 'ACTIVE';
  readonly source: HelperSource;
  readonly corporateNumber: string | null;
  readonly registeredBy: string | null;
  readonly decidedBy: string | null;
}

/** A helper staff decide on, with its record (locked for the decision). */
export interface HelperForDecision {
  readonly npo: NpoEntity;
  readonly record: HelperRecordEntity;
}

/** The SQL of helpers of other kinds: their npo rows as registration and staff write them, and helper_record. */
@Injectable()
export class HelperRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Serialises registrations of one name and kind in the city until the transaction ends, so two
   * people sending the same organisation at once cannot both pass the "already there" check.
   */
  async lockName(manager: EntityManager, city: string, kind: string, name: string): Promise<void> {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 17))`, [JSON.stringify([city, kind, name])]);
  }

  /** Whether a helper of this kind and name is in the city (one staff refused does not count). */
  async nameTaken(manager: EntityManager, city: string, kind: string, name: string): Promise<boolean> {
    const [row] = await manager.query(
      `SELECT 1 FROM npo WHERE city = $1 AND kind = $2 AND name = $3 AND status <> 'REFUSED' LIMIT 1`,
      [city, kind, name],
    );
    return !!row;
  }

  async corporateNumberTaken(manager: EntityManager, corporateNumber: string): Promise<boolean> {
    const [row] = await manager.query(`SELECT 1 FROM helper_record WHERE corporate_number = $1`, [corporateNumber]);
    return !!row;
  }

  async insert(manager: EntityManager, helper: NewHelper): Promise<NpoEntity> {
    const npo = await manager.getRepository(NpoEntity).save(
      manager.getRepository(NpoEntity).create({
        kind: helper.kind,
        name: helper.name,
        nameKana: helper.nameKana,
        city: helper.city,
        ward: helper.ward,
        address: helper.address,
        purpose: helper.purpose,
        fields: helper.fields,
        status: helper.status,
      }),
    );
    await manager.getRepository(HelperRecordEntity).insert({
      npoId: npo.id,
      source: helper.source,
      corporateNumber: helper.corporateNumber,
      registeredBy: helper.registeredBy,
      decidedBy: helper.decidedBy,
      decidedAt: helper.decidedBy ? new Date() : null,
    });
    return npo;
  }

  async lockForDecision(manager: EntityManager, id: string): Promise<HelperForDecision | null> {
    const npo = await manager.getRepository(NpoEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!npo) return null;
    const record = await manager.getRepository(HelperRecordEntity).findOneBy({ npoId: id });
    return record ? { npo, record } : null;
  }

  async decide(
    manager: EntityManager,
    id: string,
    decision: { status: 'ACTIVE' | 'REFUSED'; decidedBy: string; refusalReason: string | null },
  ): Promise<void> {
    await manager.getRepository(NpoEntity).update({ id }, { status: decision.status, updatedAt: new Date() });
    await manager
      .getRepository(HelperRecordEntity)
      .update(
        { npoId: id },
        { decidedBy: decision.decidedBy, decidedAt: new Date(), refusalReason: decision.refusalReason },
      );
  }

  /** Helpers waiting for staff, oldest first, with their records. */
  async pending(): Promise<HelperForDecision[]> {
    const npos = await this.dataSource
      .getRepository(NpoEntity)
      .find({ where: { status: 'PENDING_REVIEW' }, order: { createdAt: 'ASC', id: 'ASC' } });
    if (npos.length === 0) return [];
    const records = await this.dataSource
      .getRepository(HelperRecordEntity)
      .createQueryBuilder('r')
      .where('r.npo_id = ANY(:ids)', { ids: npos.map((n) => n.id) })
      .getMany();
    const byId = new Map(records.map((r) => [r.npoId, r]));
    return npos.flatMap((npo) => {
      const record = byId.get(npo.id);
      return record ? [{ npo, record }] : [];
    });
  }

  /** How a helper came in (null for an NPO of the open data). */
  async sourceOf(npoId: string): Promise<HelperSource | null> {
    const record = await this.dataSource
      .getRepository(HelperRecordEntity)
      .findOne({ select: { npoId: true, source: true }, where: { npoId } });
    return record?.source ?? null;
  }
}
