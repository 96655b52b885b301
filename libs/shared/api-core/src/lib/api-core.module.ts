import { Global, Module } from '@nestjs/common';
import { JobQueue } from './jobs/job-queue';
import { PersonalDataRegistry } from './privacy/personal-data.registry';

/**
 * What every domain shares at run time: the one job queue of the process and the registry of the
 * personal-data export (global: infrastructure, not a domain).
 */
@Global()
@Module({ providers: [JobQueue, PersonalDataRegistry], exports: [JobQueue, PersonalDataRegistry] })
export class ApiCoreModule {}
