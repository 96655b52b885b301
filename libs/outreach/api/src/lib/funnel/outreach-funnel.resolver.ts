import { Query, Resolver } from '@nestjs/graphql';
import { type AuthenticatedUser, CurrentUser, RequirePolicy, requireUser } from '@tsunagu/accounts/api';
import { OutreachFunnel } from './outreach-funnel.model';
import { OutreachFunnelService } from './outreach-funnel.service';

@Resolver(() => OutreachFunnel)
export class OutreachFunnelResolver {
  constructor(private readonly funnel: OutreachFunnelService) {}

  @Query(() => OutreachFunnel, {
    description:
      'Staff: requests → letters printed → codes used → NPOs claimed → offers → matches, by ward, with median days',
  })
  @RequirePolicy('canBridgeNpos')
  npoOutreachFunnel(@CurrentUser() user: AuthenticatedUser | undefined): Promise<OutreachFunnel> {
    return this.funnel.funnel(requireUser(user));
  }
}
