import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { type AuthenticatedUser, CommunityGroup, CurrentUser, RequirePolicy, requireUser } from '@tsunagu/accounts/api';
import { Offer } from '@tsunagu/needs/api';
import { AssistedGroupService } from './groups/assisted-group.service';
import { CentreDesk, ConsentText, CreateAssistedGroupInput, TakeoverCode } from './groups/assisted-group.model';
import { CONSENT_TEXT, CONSENT_TEXT_VERSION } from './groups/consent-text';
import { PaperReplyService } from './paper-replies/paper-reply.service';
import { RecordPhoneReplyInput } from './paper-replies/paper-reply.model';
import { TakeoverCodeService } from './takeover/takeover-code.service';

/** Assisted mode: centre desks, groups registered with consent, takeover numbers, replies by phone. */
@Resolver()
export class AssistedResolver {
  constructor(
    private readonly assisted: AssistedGroupService,
    private readonly takeover: TakeoverCodeService,
    private readonly replies: PaperReplyService,
  ) {}

  @Query(() => [CommunityGroup], { description: 'The 市民センター I work at (every centre, for city staff)' })
  @RequirePolicy('isSignedIn')
  myCentres(@CurrentUser() user: AuthenticatedUser | undefined): Promise<CommunityGroup[]> {
    return this.assisted.myCentres(requireUser(user));
  }

  @Query(() => CentreDesk, { description: "A centre's desk: the groups it acts for, with their consent" })
  @RequirePolicy('isSignedIn')
  centreDesk(
    @Args('centreId', { type: () => ID }) centreId: string,
    @CurrentUser() user: AuthenticatedUser | undefined,
  ): Promise<CentreDesk> {
    return this.assisted.desk(requireUser(user), centreId);
  }

  @Query(() => ConsentText, { description: 'The consent an officer gives, to read out on the phone or print' })
  consentText(): ConsentText {
    return { version: CONSENT_TEXT_VERSION, ja: [...CONSENT_TEXT.ja], en: [...CONSENT_TEXT.en] };
  }

  @Mutation(() => CommunityGroup, {
    description: 'Centre or city staff register a group whose officer is not online, with the consent on record',
  })
  @RequirePolicy('isSignedIn')
  createAssistedGroup(
    @Args('input') input: CreateAssistedGroupInput,
    @CurrentUser() user: AuthenticatedUser | undefined,
  ): Promise<CommunityGroup> {
    return this.assisted.create(requireUser(user), input);
  }

  @Mutation(() => TakeoverCode, {
    description: 'A one-time number for the officer to take the group over (shown once)',
  })
  @RequirePolicy('isSignedIn')
  issueTakeoverCode(
    @Args('groupId', { type: () => ID }) groupId: string,
    @CurrentUser() user: AuthenticatedUser | undefined,
  ): Promise<TakeoverCode> {
    return this.takeover.issue(requireUser(user), groupId);
  }

  @Mutation(() => CommunityGroup, { description: 'The officer types the number from paper and becomes the owner' })
  @RequirePolicy('isSignedIn')
  takeOverAssistedGroup(
    @Args('code') code: string,
    @CurrentUser() user: AuthenticatedUser | undefined,
  ): Promise<CommunityGroup> {
    return this.takeover.takeOver(requireUser(user), code);
  }

  @Mutation(() => Offer, { description: 'Staff type in an answer the officer gave by phone or on paper' })
  @RequirePolicy('isSignedIn')
  recordPhoneReply(
    @Args('input') input: RecordPhoneReplyInput,
    @CurrentUser() user: AuthenticatedUser | undefined,
  ): Promise<Offer> {
    return this.replies.record(requireUser(user), input);
  }
}
