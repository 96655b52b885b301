import { Module } from '@nestjs/common';
import { AccountsModule } from '@tsunagu/accounts/api';
import { NeedsModule } from '@tsunagu/needs/api';
import { NpoModule } from '@tsunagu/npo/api';
import { CityDashboardResolver } from './city-dashboard.resolver';
import { CityDashboardService } from './city-dashboard.service';
import { DashboardCsvController } from './dashboard-csv.controller';

/** The city dashboard (GraphQL `cityDashboard`, and its CSV). */
@Module({
  imports: [AccountsModule, NeedsModule, NpoModule],
  controllers: [DashboardCsvController],
  providers: [CityDashboardService, CityDashboardResolver],
})
export class DashboardModule {}
