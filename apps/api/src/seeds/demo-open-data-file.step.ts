import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Inject, Injectable } from '@nestjs/common';
import { buildDemoOpenDataZip } from '@tsunagu/npo/open-data';
import { APP_CONFIG, type AppConfig } from '@tsunagu/shared/api-core';
import type { DemoSeedStep } from './demo-seed-step';

/**
 * Writes the demo open-data file (made-up Kitakyushu NPOs in the Cabinet Office's exact format,
 * CP932 CSV in a ZIP) under DATA_DIR/demo, where a newcomer can also find it to try an import.
 */
@Injectable()
export class DemoOpenDataFileStep implements DemoSeedStep {
  readonly name = 'open-data-file';

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  async run(): Promise<Record<string, unknown>> {
    const { zipFileName, zip, rowCount } = buildDemoOpenDataZip();
    const dir = join(this.config.dataDir, 'demo');
    await mkdir(dir, { recursive: true });
    const path = join(dir, zipFileName);
    await writeFile(path, zip);
    return { path, rows: rowCount, bytes: zip.length };
  }
}
