import { Module } from '@nestjs/common';
import { AccountsModule } from '@tsunagu/accounts/api';
import { NeedsModule } from '@tsunagu/needs/api';
import { MarcheModule } from '@tsunagu/marche/api';
import { MatchingModule } from '@tsunagu/matching/api';
import { NpoModule } from '@tsunagu/npo/api';
import { OutreachModule } from '@tsunagu/outreach/api';
import { AssistedModule } from '@tsunagu/assisted/api';
import { SchemesModule } from '@tsunagu/schemes/api';
import { StoriesModule } from '@tsunagu/stories/api';
import { DemoAssistedStep } from './demo-assisted.step';
import { DemoAccountsStep } from './demo-accounts.step';
import { DemoMarcheStep } from './demo-marche.step';
import { DemoNeedsStep } from './demo-needs.step';
import { DemoNpoImportStep } from './demo-npo-import.step';
import { DemoOpenDataFileStep } from './demo-open-data-file.step';
import { DemoOutreachStep } from './demo-outreach.step';
import { DemoSchemesStep } from './demo-schemes.step';
import { DemoHelpersStep } from './demo-helpers.step';
import { DemoSchoolDistrictsStep } from './demo-school-districts.step';
import { DemoYearStep } from './demo-year.step';
import { DemoStoriesStep } from './demo-stories.step';
import { DemoSeedRepository } from './demo-seed.repository';
import { DemoSeeder } from './demo-seeder';

@Module({
  imports: [
    NpoModule,
    AccountsModule,
    NeedsModule,
    MarcheModule,
    MatchingModule,
    OutreachModule,
    AssistedModule,
    SchemesModule,
    StoriesModule,
  ],
  providers: [
    DemoSeedRepository,
    DemoSeeder,
    DemoOpenDataFileStep,
    DemoNpoImportStep,
    DemoAccountsStep,
    DemoNeedsStep,
    DemoStoriesStep,
    DemoMarcheStep,
    DemoOutreachStep,
    DemoAssistedStep,
    DemoSchemesStep,
    DemoHelpersStep,
    DemoSchoolDistrictsStep,
    DemoYearStep,
  ],
  exports: [DemoSeeder],
})
export class SeedsModule {}
