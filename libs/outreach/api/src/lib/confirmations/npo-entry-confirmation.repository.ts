import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { EntryOutcomeValue } from '../entities/npo-entry-confirmation.entity';

export interface EntryConfirmationRow {
  readonly id: string;
  readonly npo_id: string;
  readonly confirmed_by: string | null;
  readonly outcome: EntryOutcomeValue;
  readonly note: string | null;
  readonly created_at: Date;
}

const COLUMNS = `id, npo_id, confirmed_by, outcome, note, created_at`;

/** The SQL of `npo_entry_confirmation`. */
@Injectable()
export class NpoEntryConfirmationRepository {
  constructor(private readonly dataSource: DataSource) {}

  async insert(
    entry: { npoId: string; userId: string; outcome: EntryOutcomeValue; note: string | null },
    manager: EntityManager,
  ): Promise<EntryConfirmationRow> {
    const [row]: EntryConfirmationRow[] = await manager.query(
      `INSERT INTO npo_entry_confirmation (npo_id, confirmed_by, outcome, note) VALUES ($1, $2, $3, $4)
       RETURNING ${COLUMNS}`,
      [entry.npoId, entry.userId, entry.outcome, entry.note],
    );
    return row as EntryConfirmationRow;
  }

  /** The newest `limit` confirmations of every NPO. */
  newest(limit: number): Promise<EntryConfirmationRow[]> {
    return this.dataSource.query(
      `SELECT ${COLUMNS} FROM npo_entry_confirmation ORDER BY created_at DESC, id LIMIT $1`,
      [limit],
    );
  }

  /** The NPO's newest answer, if any. */
  async latestOf(npoId: string): Promise<EntryConfirmationRow | undefined> {
    const [row]: EntryConfirmationRow[] = await this.dataSource.query(
      `SELECT ${COLUMNS} FROM npo_entry_confirmation WHERE npo_id = $1 ORDER BY created_at DESC, id LIMIT 1`,
      [npoId],
    );
    return row;
  }

  /** What a person confirmed or corrected, for the personal-data export. */
  writtenBy(userId: string): Promise<EntryConfirmationRow[]> {
    return this.dataSource.query(
      `SELECT ${COLUMNS} FROM npo_entry_confirmation WHERE confirmed_by = $1 ORDER BY created_at`,
      [userId],
    );
  }
}
