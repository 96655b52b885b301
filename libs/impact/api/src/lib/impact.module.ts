import { Module } from '@nestjs/common';
import { DashboardModule } from './dashboard/dashboard.module';
import { IMPACT_ENTITIES } from './entities';
import { OpenDataModule } from './open-data/open-data.module';

export { IMPACT_ENTITIES };

/**
 * What the city learns from the platform (issue #18): the city dashboard (needs per ward, 校区
 * and field over time, the supply–demand gap, the outreach funnel) and the open data it gives
 * back. It reads the other domains through their exported read models; it owns no record.
 */
@Module({ imports: [DashboardModule, OpenDataModule] })
export class ImpactModule {}
