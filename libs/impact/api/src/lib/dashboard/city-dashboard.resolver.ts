import { Args, Query, Resolver } from '@nestjs/graphql';
import { type AuthenticatedUser, CurrentUser } from '@tsunagu/accounts/api';
import { CityDashboard, CityDashboardInput } from './city-dashboard.model';
import { CityDashboardService } from './city-dashboard.service';

@Resolver(() => CityDashboard)
export class CityDashboardResolver {
  constructor(private readonly dashboard: CityDashboardService) {}

  @Query(() => CityDashboard, {
    description:
      'Needs by ward, 校区, field, status and month; shares and median days; open needs against helpers. ' +
      'Staff see every area; everyone else the aggregates, areas of fewer than 3 groups merged',
  })
  cityDashboard(
    @Args('input', { type: () => CityDashboardInput, nullable: true }) input: CityDashboardInput | null,
    @CurrentUser() user: AuthenticatedUser | undefined,
  ): Promise<CityDashboard> {
    return this.dashboard.dashboard(user, input ?? {});
  }
}
