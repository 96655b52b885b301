import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { type AuthenticatedUser, CurrentUser, RequirePolicy, requireUser } from '@tsunagu/accounts/api';
import { Need } from '../needs/need.model';
import { Offer, OfferContacts, OfferMessage } from './offer.model';
import { OfferService } from './offer.service';
import { OfferThreadService } from './offer-thread.service';

@Resolver(() => Offer)
export class OfferResolver {
  constructor(
    private readonly offers: OfferService,
    private readonly threads: OfferThreadService,
  ) {}

  @Query(() => Offer)
  @RequirePolicy('isSignedIn')
  offer(
    @Args('id', { type: () => ID }) id: string,
    @CurrentUser() user: AuthenticatedUser | undefined,
  ): Promise<Offer> {
    return this.offers.get(id, requireUser(user));
  }

  @Query(() => [Offer], { description: 'Offers made by the NPOs I belong to' })
  @RequirePolicy('isSignedIn')
  myOffers(@CurrentUser() user: AuthenticatedUser | undefined): Promise<Offer[]> {
    return this.offers.mine(requireUser(user));
  }

  @Mutation(() => Offer, { description: 'A member of a claimed NPO offers help with a need' })
  @RequirePolicy('isSignedIn')
  offerHelp(
    @Args('needId', { type: () => ID }) needId: string,
    @Args('npoId', { type: () => ID }) npoId: string,
    @Args('message') message: string,
    @CurrentUser() user: AuthenticatedUser | undefined,
  ): Promise<Offer> {
    return this.offers.offerHelp(requireUser(user), needId, npoId, message);
  }

  @Mutation(() => Offer, { description: 'The group accepts (contacts are revealed to both sides) or declines' })
  @RequirePolicy('isSignedIn')
  respondToOffer(
    @Args('offerId', { type: () => ID }) offerId: string,
    @Args('accept') accept: boolean,
    @CurrentUser() user: AuthenticatedUser | undefined,
  ): Promise<Offer> {
    return this.offers.respond(requireUser(user), offerId, accept);
  }

  @Mutation(() => Offer, { description: 'The NPO takes back an offer the group has not answered yet' })
  @RequirePolicy('isSignedIn')
  withdrawOffer(
    @Args('offerId', { type: () => ID }) offerId: string,
    @CurrentUser() user: AuthenticatedUser | undefined,
  ): Promise<Offer> {
    return this.offers.withdraw(requireUser(user), offerId);
  }

  @Mutation(() => OfferMessage)
  @RequirePolicy('isSignedIn')
  sendMessage(
    @Args('offerId', { type: () => ID }) offerId: string,
    @Args('body') body: string,
    @CurrentUser() user: AuthenticatedUser | undefined,
  ): Promise<OfferMessage> {
    return this.threads.sendMessage(requireUser(user), offerId, body);
  }

  @Mutation(() => Offer, { description: 'I have read the thread: its unread count drops to 0' })
  @RequirePolicy('isSignedIn')
  markOfferRead(
    @Args('offerId', { type: () => ID }) offerId: string,
    @CurrentUser() user: AuthenticatedUser | undefined,
  ): Promise<Offer> {
    return this.threads.markOfferRead(requireUser(user), offerId);
  }

  @Mutation(() => Boolean, { description: 'The group invites a suggested NPO to offer (false: already invited)' })
  @RequirePolicy('isSignedIn')
  inviteNpoToNeed(
    @Args('needId', { type: () => ID }) needId: string,
    @Args('npoId', { type: () => ID }) npoId: string,
    @CurrentUser() user: AuthenticatedUser | undefined,
  ): Promise<boolean> {
    return this.offers.inviteNpo(requireUser(user), needId, npoId);
  }

  @ResolveField(() => [OfferMessage], { description: 'the thread, oldest first' })
  messages(@Parent() offer: Offer, @CurrentUser() user: AuthenticatedUser | undefined): Promise<OfferMessage[]> {
    return this.threads.messages(offer.id, user);
  }

  @ResolveField(() => OfferContacts, {
    nullable: true,
    description: "both sides' contacts: only once accepted, only for the two parties and staff",
  })
  contacts(@Parent() offer: Offer, @CurrentUser() user: AuthenticatedUser | undefined): Promise<OfferContacts | null> {
    return this.threads.contacts(offer.id, user);
  }
}

@Resolver(() => Need)
export class NeedOffersResolver {
  constructor(private readonly offerService: OfferService) {}

  @ResolveField(() => [Offer], {
    description: 'offers the caller may see: all for the group and staff, its own for an NPO',
  })
  offers(@Parent() need: Need, @CurrentUser() user: AuthenticatedUser | undefined): Promise<Offer[]> {
    return this.offerService.forNeed(need.id, user);
  }
}
