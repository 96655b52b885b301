import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  type DemoOpenDataOptions,
  type OpenDataRow,
  encodeOpenDataCsv,
  generateDemoOpenDataRows,
  zipOpenDataCsv,
} from '@tsunagu/npo/open-data';

/** Writes open-data files for tests, in the portal's format, under a temp dir of their own. */
export class OpenDataFixture {
  private constructor(readonly dir: string) {}

  static async create(): Promise<OpenDataFixture> {
    return new OpenDataFixture(await mkdtemp(join(tmpdir(), 'npo-fixture-')));
  }

  rows(options: DemoOpenDataOptions = {}): OpenDataRow[] {
    return generateDemoOpenDataRows({ count: 120, outsideCityCount: 8, ...options });
  }

  async zip(name: string, rows: readonly OpenDataRow[]): Promise<string> {
    const path = join(this.dir, `${name}.zip`);
    await writeFile(path, zipOpenDataCsv('000_AdministrativeInputData_20261031.csv', encodeOpenDataCsv(rows)));
    return path;
  }

  async csv(
    name: string,
    rows: readonly OpenDataRow[],
    encoding: 'cp932' | 'utf8' | 'utf8-bom' = 'utf8',
  ): Promise<string> {
    const path = join(this.dir, `${name}.csv`);
    await writeFile(path, encodeOpenDataCsv(rows, { encoding }));
    return path;
  }

  async raw(name: string, content: string | Buffer): Promise<string> {
    const path = join(this.dir, name);
    await writeFile(path, content);
    return path;
  }
}
