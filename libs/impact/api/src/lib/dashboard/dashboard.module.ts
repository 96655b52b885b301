import { Module } from '@nestjs/common';

/** The city dashboard: needs over time, how they fare, the supply–demand gap, the outreach funnel. */
@Module({})
export class DashboardModule {}
