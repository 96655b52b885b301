import { Inject, Injectable } from '@nestjs/common';
import { Meilisearch } from 'meilisearch';
import { MEILISEARCH_CONNECTION, type MeilisearchConnection } from './meilisearch-connection';
import { nodeHttpClient } from './node-http-client';

/**
 * The one class that talks to Meilisearch. Everything else asks it for indexes by their base
 * name ('npos', 'needs'); the prefix keeps products and test files that share an engine apart.
 */
@Injectable()
export class SearchEngineService {
  readonly client: Meilisearch;

  constructor(@Inject(MEILISEARCH_CONNECTION) private readonly connection: MeilisearchConnection) {
    this.client = new Meilisearch({
      host: connection.url,
      apiKey: connection.apiKey,
      httpClient: nodeHttpClient(5_000),
    });
  }

  indexUid(baseName: string): string {
    return `${this.connection.indexPrefix}${baseName}`;
  }

  /** true when Meilisearch answers its health check within the timeout */
  async isAvailable(timeoutMs = 2_000): Promise<boolean> {
    try {
      const res = await fetch(`${this.connection.url}/health`, { signal: AbortSignal.timeout(timeoutMs) });
      return res.ok;
    } catch {
      return false;
    }
  }
}
