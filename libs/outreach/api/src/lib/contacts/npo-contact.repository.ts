import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { NpoContactSourceValue } from '../entities/npo-contact.entity';
import type { CleanContact } from './npo-contact-input';

export interface NpoContactRow {
  readonly id: string;
  readonly npo_id: string;
  readonly phone: string | null;
  readonly email: string | null;
  readonly contact_person: string | null;
  readonly source: NpoContactSourceValue;
  readonly source_note: string | null;
  readonly noted_on: string;
  readonly recorded_by: string | null;
  readonly created_at: Date;
}

const COLUMNS = `id, npo_id, phone, email, contact_person, source, source_note, noted_on, recorded_by, created_at`;

/**
 * The SQL of `npo_contact`. A removed contact keeps its row as a tombstone (who recorded it,
 * from what, when it was removed) with every value blanked: the contact itself is not kept.
 */
@Injectable()
export class NpoContactRepository {
  constructor(private readonly dataSource: DataSource) {}

  async insert(
    npoId: string,
    contact: CleanContact,
    recordedBy: string,
    manager: EntityManager,
  ): Promise<NpoContactRow> {
    const [row]: NpoContactRow[] = await manager.query(
      `INSERT INTO npo_contact (npo_id, phone, email, contact_person, source, source_note, noted_on, recorded_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING ${COLUMNS}`,
      [
        npoId,
        contact.phone,
        contact.email,
        contact.contactPerson,
        contact.source,
        contact.sourceNote,
        contact.notedOn,
        recordedBy,
      ],
    );
    return row as NpoContactRow;
  }

  /** The NPO's contacts still kept, newest first. */
  listOf(npoId: string): Promise<NpoContactRow[]> {
    return this.dataSource.query(
      `SELECT ${COLUMNS} FROM npo_contact WHERE npo_id = $1 AND removed_at IS NULL ORDER BY created_at DESC, id`,
      [npoId],
    );
  }

  /** The newest contact still kept of each of these NPOs. */
  latestOf(npoIds: readonly string[]): Promise<NpoContactRow[]> {
    if (npoIds.length === 0) return Promise.resolve([]);
    return this.dataSource.query(
      `SELECT DISTINCT ON (npo_id) ${COLUMNS} FROM npo_contact
        WHERE npo_id = ANY($1::uuid[]) AND removed_at IS NULL ORDER BY npo_id, created_at DESC, id`,
      [[...npoIds]],
    );
  }

  /**
   * Removes kept contacts (all of `ids` that are not removed yet): removed_at set, the values
   * blanked. contact_person becomes '' rather than NULL only because the table's CHECK wants one
   * of the three columns not null. Returns the removed ones' ids and NPOs.
   */
  async remove(ids: readonly string[], manager: EntityManager): Promise<Array<{ id: string; npo_id: string }>> {
    if (ids.length === 0) return [];
    return manager.query(
      // (a CTE, because TypeORM returns [rows, count] for a bare UPDATE … RETURNING)
      `WITH removed AS (
         UPDATE npo_contact SET removed_at = now(), phone = NULL, email = NULL, contact_person = '', source_note = NULL
          WHERE id = ANY($1::uuid[]) AND removed_at IS NULL RETURNING id, npo_id)
       SELECT id, npo_id FROM removed`,
      [[...ids]],
    );
  }

  /** Which NPOs have contacts still kept (the retention job checks those NPOs are still active). */
  async keptByNpo(): Promise<Map<string, string[]>> {
    const rows: Array<{ npo_id: string; ids: string[] }> = await this.dataSource.query(
      `SELECT npo_id, array_agg(id::text) AS ids FROM npo_contact WHERE removed_at IS NULL GROUP BY npo_id`,
    );
    return new Map(rows.map((r) => [r.npo_id, r.ids]));
  }
}
