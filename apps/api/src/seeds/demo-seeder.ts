import { Injectable, Logger } from '@nestjs/common';
import { DemoAccountsStep } from './demo-accounts.step';
import { DemoMarcheStep } from './demo-marche.step';
import { DemoNeedsStep } from './demo-needs.step';
import { DemoNpoImportStep } from './demo-npo-import.step';
import { DemoOpenDataFileStep } from './demo-open-data-file.step';
import { DemoOutreachStep } from './demo-outreach.step';
import { DemoAssistedStep } from './demo-assisted.step';
import { DemoSchemesStep } from './demo-schemes.step';
import { DemoHelpersStep } from './demo-helpers.step';
import { DemoSchoolDistrictsStep } from './demo-school-districts.step';
import { DemoYearStep } from './demo-year.step';
import { DemoStoriesStep } from './demo-stories.step';
import type { DemoSeedStep } from './demo-seed-step';
import { DemoSeedRepository } from './demo-seed.repository';

/**
 * Demo data for `npm start`: each step runs once per DATA_DIR and is recorded in demo_seed, so
 * restarts keep what is there and a step added by a later feature still runs on an old DATA_DIR.
 */
@Injectable()
export class DemoSeeder {
  private readonly logger = new Logger(DemoSeeder.name);
  private readonly steps: readonly DemoSeedStep[];

  constructor(
    private readonly record: DemoSeedRepository,
    openDataFile: DemoOpenDataFileStep,
    npoImport: DemoNpoImportStep,
    accounts: DemoAccountsStep,
    needs: DemoNeedsStep,
    marche: DemoMarcheStep,
    outreach: DemoOutreachStep,
    assisted: DemoAssistedStep,
    schemes: DemoSchemesStep,
    helpers: DemoHelpersStep,
    schoolDistricts: DemoSchoolDistrictsStep,
    year: DemoYearStep,
    stories: DemoStoriesStep,
  ) {
    // The helpers come before the needs: steps after them ask matching, which reads its candidates once per half minute.
    this.steps = [
      openDataFile,
      npoImport,
      accounts,
      helpers,
      needs,
      marche,
      outreach,
      assisted,
      schemes,
      stories,
      schoolDistricts,
      year,
    ];
  }

  async seed(): Promise<void> {
    const done = await this.record.doneSteps();
    for (const step of this.steps) {
      if (done.has(step.name)) continue;
      const summary = await step.run();
      await this.record.recordStep(step.name, summary);
      this.logger.log({ step: step.name, ...summary }, 'demo data seeded');
    }
  }
}
