import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { SearchEngineService } from '@tsunagu/search/api';
import { ComponentState, type HealthStatus } from './health-status.model';

@Injectable()
export class HealthService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly searchEngine: SearchEngineService,
  ) {}

  async check(): Promise<HealthStatus> {
    const [postgres, meilisearch] = await Promise.all([this.postgresUp(), this.searchEngine.isAvailable()]);
    return {
      status: postgres && meilisearch ? 'ok' : 'degraded',
      postgres: postgres ? ComponentState.up : ComponentState.down,
      meilisearch: meilisearch ? ComponentState.up : ComponentState.down,
    };
  }

  private async postgresUp(): Promise<boolean> {
    try {
      await Promise.race([
        this.dataSource.query('SELECT 1'),
        new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), 2_000).unref()),
      ]);
      return true;
    } catch {
      return false;
    }
  }
}
