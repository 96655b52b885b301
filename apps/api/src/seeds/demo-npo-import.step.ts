import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { Inject, Injectable } from '@nestjs/common';
import { NpoImportService } from '@tsunagu/npo/api';
import { SearchOutboxWorker } from '@tsunagu/search/api';
import { APP_CONFIG, type AppConfig } from '@tsunagu/shared/api-core';
import type { DemoSeedStep } from './demo-seed-step';

/**
 * Imports the demo open-data file through the same importer staff use, so the demo shows real
 * import runs, real search and real profiles.
 */
@Injectable()
export class DemoNpoImportStep implements DemoSeedStep {
  readonly name = 'npo-import';

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly imports: NpoImportService,
    private readonly searchWorker: SearchOutboxWorker,
  ) {}

  async run(): Promise<Record<string, unknown>> {
    const dir = join(this.config.dataDir, 'demo');
    const fileName = (await readdir(dir)).find((name) => name.endsWith('.zip'));
    if (!fileName) throw new Error(`no demo open-data file in ${dir}`);
    const summary = await this.imports.importFile({
      filePath: join(dir, fileName),
      fileName,
      source: 'DEMO',
      startedBy: 'demo',
    });
    if (summary.status !== 'SUCCEEDED') throw new Error(`demo import ${summary.status}: ${summary.message}`);
    // The first start should open on a search that already finds the demo NPOs.
    await this.searchWorker.drain(60_000);
    return { ...summary };
  }
}
