import { Query, Resolver } from '@nestjs/graphql';
import { HealthStatus } from './health-status.model';
import { HealthService } from './health.service';

@Resolver(() => HealthStatus)
export class HealthResolver {
  constructor(private readonly healthService: HealthService) {}

  @Query(() => HealthStatus, { description: 'Whether PostgreSQL and Meilisearch answer (the same as GET /health)' })
  health(): Promise<HealthStatus> {
    return this.healthService.check();
  }
}
