import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DemoAccountsStep } from './demo-accounts.step';
import { DemoMarcheStep } from './demo-marche.step';
import { DemoNeedsStep } from './demo-needs.step';
import { DemoNpoImportStep } from './demo-npo-import.step';
import { DemoOpenDataFileStep } from './demo-open-data-file.step';
import type { DemoSeedStep } from './demo-seed-step';

/**
 * Demo data for `npm start`: each step runs once per DATA_DIR and is recorded in demo_seed, so
 * restarts keep what is there and a step added by a later feature still runs on an old DATA_DIR.
 */
@Injectable()
export class DemoSeeder {
  private readonly logger = new Logger(DemoSeeder.name);
  private readonly steps: readonly DemoSeedStep[];

  constructor(
    private readonly dataSource: DataSource,
    openDataFile: DemoOpenDataFileStep,
    npoImport: DemoNpoImportStep,
    accounts: DemoAccountsStep,
    needs: DemoNeedsStep,
    marche: DemoMarcheStep,
  ) {
    this.steps = [openDataFile, npoImport, accounts, needs, marche];
  }

  async seed(): Promise<void> {
    const done = new Set(
      (await this.dataSource.query<{ name: string }[]>('SELECT name FROM demo_seed')).map((r) => r.name),
    );
    for (const step of this.steps) {
      if (done.has(step.name)) continue;
      const summary = await step.run();
      await this.dataSource.query('INSERT INTO demo_seed (name, summary) VALUES ($1, $2)', [step.name, summary]);
      this.logger.log({ step: step.name, ...summary }, 'demo data seeded');
    }
  }
}
