import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { type AuthenticatedUser, CurrentUser, RequirePolicy, requireUser } from '@tsunagu/accounts/api';
import { NpoContact, NpoContactInput } from './npo-contact.model';
import { NpoContactService } from './npo-contact.service';

@Resolver(() => NpoContact)
export class NpoContactResolver {
  constructor(private readonly contacts: NpoContactService) {}

  @Query(() => [NpoContact], { description: 'Staff: the contacts the city holds for an NPO, newest first' })
  @RequirePolicy('canBridgeNpos')
  npoContacts(
    @Args('npoId', { type: () => ID }) npoId: string,
    @CurrentUser() user: AuthenticatedUser | undefined,
  ): Promise<NpoContact[]> {
    return this.contacts.list(requireUser(user), npoId);
  }

  @Mutation(() => NpoContact, { description: 'Staff: a phone, email or contact person for an NPO (audit-logged)' })
  @RequirePolicy('canBridgeNpos')
  recordNpoContact(
    @Args('npoId', { type: () => ID }) npoId: string,
    @Args('input') input: NpoContactInput,
    @CurrentUser() user: AuthenticatedUser | undefined,
  ): Promise<NpoContact> {
    return this.contacts.record(requireUser(user), npoId, input);
  }

  @Mutation(() => Boolean, { description: 'Staff: removes a contact that is wrong or no longer to be kept' })
  @RequirePolicy('canBridgeNpos')
  removeNpoContact(
    @Args('id', { type: () => ID }) id: string,
    @CurrentUser() user: AuthenticatedUser | undefined,
  ): Promise<boolean> {
    return this.contacts.remove(requireUser(user), id);
  }
}
