import { Module } from '@nestjs/common';
import { DatabaseProbeRepository } from './database-probe.repository';
import { HealthController } from './health.controller';
import { HealthResolver } from './health.resolver';
import { HealthService } from './health.service';

@Module({
  controllers: [HealthController],
  providers: [DatabaseProbeRepository, HealthService, HealthResolver],
})
export class HealthModule {}
