import { Module } from '@nestjs/common';
import { NpoModule } from '@tsunagu/npo/api';
import { DemoNpoImportStep } from './demo-npo-import.step';
import { DemoOpenDataFileStep } from './demo-open-data-file.step';
import { DemoSeeder } from './demo-seeder';

@Module({
  imports: [NpoModule],
  providers: [DemoSeeder, DemoOpenDataFileStep, DemoNpoImportStep],
  exports: [DemoSeeder],
})
export class SeedsModule {}
