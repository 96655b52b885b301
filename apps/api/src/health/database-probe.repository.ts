import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** The cheapest round trip to PostgreSQL, for the health check. */
@Injectable()
export class DatabaseProbeRepository {
  constructor(private readonly dataSource: DataSource) {}

  async ping(): Promise<void> {
    await this.dataSource.query('SELECT 1');
  }
}
