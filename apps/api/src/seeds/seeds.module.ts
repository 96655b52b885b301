import { Module } from '@nestjs/common';
import { DemoOpenDataFileStep } from './demo-open-data-file.step';
import { DemoSeeder } from './demo-seeder';

@Module({
  providers: [DemoSeeder, DemoOpenDataFileStep],
  exports: [DemoSeeder],
})
export class SeedsModule {}
