/** Where Meilisearch is and how index names are prefixed; provided by the app at boot. */
export interface MeilisearchConnection {
  readonly url: string;
  readonly apiKey?: string;
  readonly indexPrefix: string;
}

export const MEILISEARCH_CONNECTION = Symbol('MEILISEARCH_CONNECTION');
