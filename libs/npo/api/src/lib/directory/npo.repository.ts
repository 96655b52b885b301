import { Injectable } from '@nestjs/common';
import { DataSource, In, MoreThan } from 'typeorm';
import { NpoEntity } from '../entities/npo.entity';

/** The SQL of `npo` outside the import's bulk write (NpoBatchWriteRepository). */
@Injectable()
export class NpoRepository {
  constructor(private readonly dataSource: DataSource) {}

  private get npos() {
    return this.dataSource.getRepository(NpoEntity);
  }

  findById(id: string): Promise<NpoEntity | null> {
    return this.npos.findOne({ where: { id } });
  }

  findByCorporateNumber(corporateNumber: string): Promise<NpoEntity | null> {
    return this.npos.findOne({ where: { corporateNumber } });
  }

  findByIds(ids: readonly string[]): Promise<NpoEntity[]> {
    return ids.length ? this.npos.find({ where: { id: In([...ids]) } }) : Promise.resolve([]);
  }

  /** The next `take` NPOs in id order after `afterId` (to walk the whole table in batches). */
  batchAfter(afterId: string, take: number): Promise<NpoEntity[]> {
    return this.npos.find({ where: { id: MoreThan(afterId) }, order: { id: 'ASC' }, take });
  }

  /** id → name of those of these NPOs that exist. */
  async namesOf(ids: readonly string[]): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const rows: Array<{ id: string; name: string }> = await this.dataSource.query(
      `SELECT id, name FROM npo WHERE id = ANY($1::uuid[])`,
      [ids],
    );
    return new Map(rows.map((r) => [r.id, r.name]));
  }

  /** Whether anyone may ask to look after it: it exists and is not a helper awaiting (or refused) the staff's check. */
  async isClaimable(id: string): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(
      `SELECT 1 FROM npo WHERE id = $1 AND status NOT IN ('PENDING_REVIEW', 'REFUSED')`,
      [id],
    );
    return rows.length > 0;
  }

  /**
   * The active NPOs (of the open data, not other helpers) with their main office in the city (in
   * one ward if given), by ward and reading.
   */
  async activeIdsInCity(city: string, ward: string | null = null): Promise<string[]> {
    const rows: Array<{ id: string }> = await this.dataSource.query(
      `SELECT id FROM npo WHERE kind = 'NPO' AND status = 'ACTIVE' AND city = $1 AND ($2::text IS NULL OR ward = $2)
        ORDER BY ward NULLS LAST, name_kana NULLS LAST, name, id`,
      [city, ward],
    );
    return rows.map((r) => r.id);
  }

  /** Of these NPOs, those with a registered address a letter can go to. */
  async idsWithAddress(ids: readonly string[]): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    const rows: Array<{ id: string }> = await this.dataSource.query(
      `SELECT id FROM npo WHERE id = ANY($1::uuid[]) AND coalesce(trim(address), '') <> ''`,
      [ids],
    );
    return new Set(rows.map((r) => r.id));
  }

  async exists(id: string): Promise<boolean> {
    const [row] = await this.dataSource.query(`SELECT id FROM npo WHERE id = $1`, [id]);
    return !!row;
  }

  /** The NPO the demo's NPO member looks after: an active one in the city working for children (field 13). */
  async demoNpo(): Promise<{ id: string; name: string } | undefined> {
    const [npo]: Array<{ id: string; name: string }> = await this.dataSource.query(
      `SELECT id, name FROM npo WHERE kind = 'NPO' AND status = 'ACTIVE' AND ward IS NOT NULL AND 13 = ANY(fields) ORDER BY name LIMIT 1`,
    );
    return npo;
  }
}
