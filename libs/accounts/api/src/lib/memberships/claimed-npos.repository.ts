import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** Which NPOs have at least one member account (a "claimed" NPO), for the data book's filter. */
@Injectable()
export class ClaimedNposRepository {
  constructor(private readonly dataSource: DataSource) {}

  async claimedNpoIds(): Promise<string[]> {
    const rows: Array<{ npo_id: string }> = await this.dataSource.query(`SELECT DISTINCT npo_id FROM npo_member`);
    return rows.map((r) => r.npo_id);
  }
}
