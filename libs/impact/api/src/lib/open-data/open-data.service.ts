import { Inject, Injectable } from '@nestjs/common';
import { NeedFactsRepository } from '@tsunagu/needs/api';
import { PublicHelperDirectoryRepository } from '@tsunagu/npo/api';
import { APP_CONFIG, type AppConfig } from '@tsunagu/shared/api-core';
import { helpersDirectory } from './helpers-directory';
import { needsStatistics } from './needs-statistics';
import { HELPER_COLUMNS, NEEDS_STATISTICS_COLUMNS, type OpenDataColumn, type OpenDataRecord } from './open-data-schema';

export interface OpenDataset {
  columns: readonly OpenDataColumn[];
  rows: OpenDataRecord[];
}

/** The two open datasets, read fresh on each download (both are small: the city's helpers, its needs per month). */
@Injectable()
export class OpenDataService {
  constructor(
    private readonly helpers: PublicHelperDirectoryRepository,
    private readonly needFacts: NeedFactsRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async helpersDataset(): Promise<OpenDataset> {
    const rows = await this.helpers.inCity(this.config.cityName);
    return { columns: HELPER_COLUMNS, rows: helpersDirectory(rows, this.config.publicUrl) };
  }

  async needsStatisticsDataset(): Promise<OpenDataset> {
    return { columns: NEEDS_STATISTICS_COLUMNS, rows: needsStatistics(await this.needFacts.published()) };
  }
}
