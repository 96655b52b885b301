import { Controller, Get, Header, StreamableFile } from '@nestjs/common';
import { type OpenDataDocument, openDataCsv, openDataJson } from './open-data-file';
import { type OpenDataset, OpenDataService } from './open-data.service';

/** Caches may keep a file an hour: the figures are monthly and the directory changes slowly. */
const CACHE = 'public, max-age=3600';

function csvFile(dataset: OpenDataset, fileName: string): StreamableFile {
  return new StreamableFile(openDataCsv(dataset.columns, dataset.rows), {
    type: 'text/csv; charset=utf-8',
    disposition: `attachment; filename="${fileName}"`,
  });
}

/**
 * The open data given back to the city (CC BY 4.0), public, no sign-in: the helpers' directory
 * and the needs statistics, each as CSV and JSON of one documented schema (docs/open-data.md).
 */
@Controller('api/open-data')
export class OpenDataController {
  constructor(private readonly openData: OpenDataService) {}

  @Get('helpers.csv')
  @Header('cache-control', CACHE)
  async helpersCsv(): Promise<StreamableFile> {
    return csvFile(await this.openData.helpersDataset(), 'tsunagu-helpers.csv');
  }

  @Get('helpers.json')
  @Header('cache-control', CACHE)
  @Header('content-disposition', 'inline; filename="tsunagu-helpers.json"')
  async helpersJson(): Promise<OpenDataDocument> {
    const { columns, rows } = await this.openData.helpersDataset();
    return openDataJson(columns, rows, new Date());
  }

  @Get('needs-statistics.csv')
  @Header('cache-control', CACHE)
  async needsStatisticsCsv(): Promise<StreamableFile> {
    return csvFile(await this.openData.needsStatisticsDataset(), 'tsunagu-needs-statistics.csv');
  }

  @Get('needs-statistics.json')
  @Header('cache-control', CACHE)
  @Header('content-disposition', 'inline; filename="tsunagu-needs-statistics.json"')
  async needsStatisticsJson(): Promise<OpenDataDocument> {
    const { columns, rows } = await this.openData.needsStatisticsDataset();
    return openDataJson(columns, rows, new Date());
  }
}
