import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

export type ConsentMethod = 'PAPER_FORM' | 'PHONE' | 'IN_PERSON';

export interface ConsentRecord {
  readonly id: string;
  readonly groupId: string;
  readonly officerName: string;
  readonly method: ConsentMethod;
  readonly consentedOn: string;
  readonly takenBy: string | null;
  readonly textVersion: string;
  readonly note: string | null;
  readonly recordedAt: Date;
}

/** The SQL of `assisted_consent`: the officer's consent to a centre acting for the group. */
@Injectable()
export class AssistedConsentRepository {
  constructor(private readonly dataSource: DataSource) {}

  async insert(row: Omit<ConsentRecord, 'id' | 'recordedAt'>, manager: EntityManager): Promise<string> {
    const [{ id }]: Array<{ id: string }> = await manager.query(
      `INSERT INTO assisted_consent (group_id, officer_name, method, consented_on, taken_by, text_version, note)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
      [row.groupId, row.officerName, row.method, row.consentedOn, row.takenBy, row.textVersion, row.note],
    );
    return id;
  }

  /** The consents of these groups, newest first. */
  async ofGroups(groupIds: readonly string[]): Promise<ConsentRecord[]> {
    if (groupIds.length === 0) return [];
    const rows: Array<Record<string, unknown>> = await this.dataSource.query(
      `SELECT c.id, c.group_id, c.officer_name, c.method, to_char(c.consented_on, 'YYYY-MM-DD') AS consented_on,
              c.taken_by, c.text_version, c.note, c.recorded_at
         FROM assisted_consent c
        WHERE c.group_id = ANY($1::uuid[]) ORDER BY c.recorded_at DESC`,
      [groupIds],
    );
    return rows.map((r) => ({
      id: r['id'] as string,
      groupId: r['group_id'] as string,
      officerName: r['officer_name'] as string,
      method: r['method'] as ConsentMethod,
      consentedOn: r['consented_on'] as string,
      takenBy: (r['taken_by'] as string | null) ?? null,
      textVersion: r['text_version'] as string,
      note: (r['note'] as string | null) ?? null,
      recordedAt: new Date(r['recorded_at'] as string),
    }));
  }
}
