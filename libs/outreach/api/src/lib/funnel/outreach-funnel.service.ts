import { Injectable } from '@nestjs/common';
import type { AuthenticatedUser } from '@tsunagu/accounts/api';
import type { OutreachFunnel } from './outreach-funnel.model';

// Skeleton (contract first): the letters helper replaces every body.
const NOT_BUILT = (): never => {
  throw new Error('outreach funnel: not built yet');
};

@Injectable()
export class OutreachFunnelService {
  funnel(_staff: AuthenticatedUser): Promise<OutreachFunnel> {
    return NOT_BUILT();
  }
}
