import { Inject, Injectable, Optional } from '@nestjs/common';
import { SearchEngineService } from '@tsunagu/search/api';
import { EMBEDDED_SUPERVISION, type EmbeddedSupervision } from '../runtime/backing-services';
import type { SupervisionStatus } from '../runtime/server-supervisor';
import { DatabaseProbeRepository } from './database-probe.repository';
import { ComponentState, type HealthStatus } from './health-status.model';

type Component = 'postgres' | 'meilisearch';

/**
 * GET /health: the contract's three fields, and for the servers this process runs itself
 * (embedded), how often each was started again after exiting on its own and how it last exited:
 * an operator sees that Meilisearch was killed at 03:12 and came back, not only that it is up now.
 */
export interface HealthReport extends HealthStatus {
  restarts?: Partial<Record<Component, number>>;
  lastExit?: Partial<Record<Component, NonNullable<SupervisionStatus['lastExit']>>>;
}

@Injectable()
export class HealthService {
  constructor(
    private readonly database: DatabaseProbeRepository,
    private readonly searchEngine: SearchEngineService,
    @Optional() @Inject(EMBEDDED_SUPERVISION) private readonly supervision?: (() => EmbeddedSupervision) | null,
  ) {}

  async check(): Promise<HealthStatus> {
    const [postgres, meilisearch] = await Promise.all([this.postgresUp(), this.searchEngine.isAvailable()]);
    return {
      status: postgres && meilisearch ? 'ok' : 'degraded',
      postgres: postgres ? ComponentState.up : ComponentState.down,
      meilisearch: meilisearch ? ComponentState.up : ComponentState.down,
    };
  }

  async report(): Promise<HealthReport> {
    const status: HealthReport = await this.check();
    const servers = Object.entries(this.supervision?.() ?? {}) as Array<
      [Component, NonNullable<EmbeddedSupervision[Component]>]
    >;
    if (!servers.length) return status;
    status.restarts = Object.fromEntries(servers.map(([name, s]) => [name, s.restarts]));
    const exits = servers.filter(([, s]) => s.lastExit);
    if (exits.length) status.lastExit = Object.fromEntries(exits.map(([name, s]) => [name, s.lastExit]));
    return status;
  }

  private async postgresUp(): Promise<boolean> {
    try {
      await Promise.race([
        this.database.ping(),
        new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), 2_000).unref()),
      ]);
      return true;
    } catch {
      return false;
    }
  }
}
