import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** The outreach side of each NPO's journey: its requests, its letters' codes. */
@Injectable()
export class OutreachFunnelRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * NPOs the city was asked to reach (a request on the CITY route: no account then), with their
   * first request. NPOs asked through their members were never the city's to reach.
   */
  async firstRequests(): Promise<Map<string, Date>> {
    const rows: Array<{ npo_id: string; first_at: Date }> = await this.dataSource.query(
      `SELECT npo_id, min(created_at) AS first_at FROM introduction_request WHERE route = 'CITY' GROUP BY npo_id`,
    );
    return new Map(rows.map((r) => [r.npo_id, new Date(r.first_at)]));
  }

  /** Every (need, NPO) pair a group asked for, of these NPOs: an offer on one of them answers it. */
  requestedPairs(npoIds: readonly string[]): Promise<Array<{ needId: string; npoId: string }>> {
    if (npoIds.length === 0) return Promise.resolve([]);
    return this.dataSource.query(
      `SELECT need_id AS "needId", npo_id AS "npoId" FROM introduction_request WHERE npo_id = ANY($1::uuid[])`,
      [npoIds],
    );
  }

  /** Per NPO: its first letter printed (a code issued by a letter run) and the first code used. */
  async codeSteps(npoIds: readonly string[]): Promise<Map<string, { letterAt: Date | null; usedAt: Date | null }>> {
    if (npoIds.length === 0) return new Map();
    const rows: Array<{ npo_id: string; letter_at: Date | null; used_at: Date | null }> = await this.dataSource.query(
      `SELECT npo_id, min(created_at) FILTER (WHERE letter_job_id IS NOT NULL) AS letter_at, min(used_at) AS used_at
         FROM npo_claim_code WHERE npo_id = ANY($1::uuid[]) GROUP BY npo_id`,
      [npoIds],
    );
    return new Map(
      rows.map((r) => [
        r.npo_id,
        { letterAt: r.letter_at ? new Date(r.letter_at) : null, usedAt: r.used_at ? new Date(r.used_at) : null },
      ]),
    );
  }
}
