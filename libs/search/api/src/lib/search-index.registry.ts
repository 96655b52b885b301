import { Injectable } from '@nestjs/common';
import type { SearchIndexDefinition } from './search-index-definition';

/** The indexes domain modules registered at start-up (npos, later needs). */
@Injectable()
export class SearchIndexRegistry {
  private readonly definitions = new Map<string, SearchIndexDefinition>();

  register(definition: SearchIndexDefinition): void {
    this.definitions.set(definition.baseName, definition);
  }

  get(baseName: string): SearchIndexDefinition | undefined {
    return this.definitions.get(baseName);
  }

  all(): SearchIndexDefinition[] {
    return [...this.definitions.values()];
  }
}
