import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

export interface OpenRequestRow {
  npo_id: string;
  need_id: string;
  created_at: Date;
}

/** What a letter says about who waits: the NPOs' open introduction requests, oldest first. */
@Injectable()
export class LetterRequestsRepository {
  constructor(private readonly dataSource: DataSource) {}

  openFor(npoIds: readonly string[]): Promise<OpenRequestRow[]> {
    if (npoIds.length === 0) return Promise.resolve([]);
    return this.dataSource.query(
      `SELECT npo_id, need_id, created_at FROM introduction_request
        WHERE npo_id = ANY($1::uuid[]) AND status IN ('WAITING', 'FORWARDED')
        ORDER BY created_at, id`,
      [npoIds],
    );
  }
}
