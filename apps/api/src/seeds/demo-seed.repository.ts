import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** The demo_seed table: which demo steps this DATA_DIR has had, and what each made. */
@Injectable()
export class DemoSeedRepository {
  constructor(private readonly dataSource: DataSource) {}

  async doneSteps(): Promise<Set<string>> {
    const rows = await this.dataSource.query<{ name: string }[]>('SELECT name FROM demo_seed');
    return new Set(rows.map((r) => r.name));
  }

  async recordStep(name: string, summary: object): Promise<void> {
    await this.dataSource.query('INSERT INTO demo_seed (name, summary) VALUES ($1, $2)', [name, summary]);
  }
}
