import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { CleanScheme } from './support-scheme-input';

export interface SupportSchemeRow {
  readonly id: string;
  readonly name: string;
  readonly summary: string;
  readonly eligibility: string;
  readonly how_to_apply: string;
  readonly office_name: string;
  readonly office_phone: string;
  readonly office_url: string | null;
  readonly keywords: string | null;
  readonly concepts: string[];
  readonly fields: number[];
  readonly active: boolean;
  readonly updated_at: Date;
}

const COLUMNS = `id, name, summary, eligibility, how_to_apply, office_name, office_phone, office_url, keywords,
  concepts, fields::int[] AS fields, active, updated_at`;

/** The SQL of `support_scheme`. */
@Injectable()
export class SupportSchemeRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Active schemes (and retired ones when asked), by name. */
  list(includeRetired: boolean): Promise<SupportSchemeRow[]> {
    return this.dataSource.query(
      `SELECT ${COLUMNS} FROM support_scheme WHERE active OR $1 ORDER BY active DESC, name, id`,
      [includeRetired],
    );
  }

  async findById(id: string, manager?: EntityManager): Promise<SupportSchemeRow | null> {
    const [row]: SupportSchemeRow[] = await (manager ?? this.dataSource).query(
      `SELECT ${COLUMNS} FROM support_scheme WHERE id = $1`,
      [id],
    );
    return row ?? null;
  }

  async insert(scheme: CleanScheme, by: string | null, manager: EntityManager): Promise<SupportSchemeRow> {
    const [row]: SupportSchemeRow[] = await manager.query(
      `INSERT INTO support_scheme (name, summary, eligibility, how_to_apply, office_name, office_phone, office_url,
         keywords, concepts, fields, updated_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::text[], $10::smallint[], $11) RETURNING ${COLUMNS}`,
      [...values(scheme), by],
    );
    return row as SupportSchemeRow;
  }

  /** The whole scheme replaced; null when there is no such scheme. */
  async update(id: string, scheme: CleanScheme, by: string, manager: EntityManager): Promise<SupportSchemeRow | null> {
    const rows: SupportSchemeRow[] = await manager.query(
      // (a CTE, because TypeORM returns [rows, count] for a bare UPDATE … RETURNING)
      `WITH changed AS (
         UPDATE support_scheme SET name = $2, summary = $3, eligibility = $4, how_to_apply = $5, office_name = $6,
           office_phone = $7, office_url = $8, keywords = $9, concepts = $10::text[], fields = $11::smallint[],
           updated_by = $12, updated_at = now()
          WHERE id = $1 RETURNING *)
       SELECT ${COLUMNS} FROM changed`,
      [id, ...values(scheme), by],
    );
    return rows[0] ?? null;
  }

  /** Retires or restores; null when there is no such scheme. */
  async setActive(id: string, active: boolean, by: string, manager: EntityManager): Promise<SupportSchemeRow | null> {
    const rows: SupportSchemeRow[] = await manager.query(
      `WITH changed AS (
         UPDATE support_scheme SET active = $2, updated_by = $3, updated_at = now() WHERE id = $1 RETURNING *)
       SELECT ${COLUMNS} FROM changed`,
      [id, active, by],
    );
    return rows[0] ?? null;
  }

  /** Whether a scheme of this name exists (the demo seeder adds each once). */
  async existsNamed(name: string): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(`SELECT 1 FROM support_scheme WHERE name = $1`, [name]);
    return rows.length > 0;
  }
}

const values = (s: CleanScheme) => [
  s.name,
  s.summary,
  s.eligibility,
  s.howToApply,
  s.officeName,
  s.officePhone,
  s.officeUrl,
  s.keywords,
  s.concepts,
  s.fields,
];
