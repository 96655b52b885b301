import { Inject } from '@nestjs/common';
import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import {
  AttemptLimiter,
  type AuthenticatedUser,
  CurrentUser,
  MembershipService,
  RequirePolicy,
  requireUser,
} from '@tsunagu/accounts/api';
import { APP_CONFIG, type AppConfig } from '@tsunagu/shared/api-core';
import type { NpoEntity } from '../entities/npo.entity';
import { HelperKind, Npo } from '../graphql/npo.model';
import { toNpoModel } from '../npo.mapper';
import { HELPER_REGISTRATION_PER_PERSON } from './helper-limits.constant';
import { helperMessages } from './helper.messages';
import { HelperRegistrationService } from './helper-registration.service';
import { HelperRepository } from './helper.repository';
import { NpoRepository } from '../directory/npo.repository';
import { HelperReviewService } from './helper-review.service';
import { PendingHelper } from './pending-helper.model';
import { RegisterHelperInput } from './register-helper.input';

@Resolver(() => Npo)
export class HelperResolver {
  constructor(
    private readonly registration: HelperRegistrationService,
    private readonly review: HelperReviewService,
    private readonly helpers: HelperRepository,
    private readonly npos: NpoRepository,
    private readonly memberships: MembershipService,
    private readonly limiter: AttemptLimiter,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private async model(npo: NpoEntity): Promise<Npo> {
    return toNpoModel(npo, this.config.cityName, await this.memberships.npoHasMembers(npo.id));
  }

  @Query(() => [Npo], {
    description:
      'The NPOs and other helpers the caller looks after (a member of), whatever way they joined: a claim, ' +
      "a letter's code, their own registration (then with its status until staff verify it)",
  })
  @RequirePolicy('isSignedIn')
  async myHelpers(@CurrentUser() user: AuthenticatedUser | undefined): Promise<Npo[]> {
    const { npos } = await this.memberships.load(requireUser(user).id);
    const rows = await this.npos.findByIds([...npos]);
    return rows
      .sort((a, b) => a.name.localeCompare(b.name, 'ja'))
      .map((row) => toNpoModel(row, this.config.cityName, true));
  }

  @Mutation(() => Npo, {
    description:
      'A signed-in person registers their company, university group or other organisation; it waits for staff ' +
      '(PENDING_REVIEW) and the registrant becomes its member. NPOs are claimed instead (claimNpo).',
  })
  @RequirePolicy('isSignedIn')
  async registerHelper(
    @Args('input') input: RegisterHelperInput,
    @CurrentUser() user: AuthenticatedUser | undefined,
  ): Promise<Npo> {
    const me = requireUser(user);
    // Each registration lands on the staff desk.
    await this.limiter.take(HELPER_REGISTRATION_PER_PERSON, me.id, helperMessages.tooManyRegistrations);
    return this.model(await this.registration.register(me, input));
  }

  @Mutation(() => Npo, {
    description: 'Staff: add a company, university group or other organisation, verified at once',
  })
  @RequirePolicy('canVerifyHelpers')
  async createHelper(
    @Args('input') input: RegisterHelperInput,
    @CurrentUser() user: AuthenticatedUser | undefined,
  ): Promise<Npo> {
    return this.model(await this.registration.create(requireUser(user), input));
  }

  @Query(() => [PendingHelper], { description: 'Staff: helpers that registered themselves, waiting for verification' })
  @RequirePolicy('canVerifyHelpers')
  pendingHelpers(@CurrentUser() user: AuthenticatedUser | undefined): Promise<PendingHelper[]> {
    return this.review.pending(requireUser(user));
  }

  @Mutation(() => Npo, { description: 'Staff: a helper waiting for verification becomes ACTIVE' })
  @RequirePolicy('canVerifyHelpers')
  async verifyHelper(
    @Args('id', { type: () => ID }) id: string,
    @CurrentUser() user: AuthenticatedUser | undefined,
  ): Promise<Npo> {
    return this.model(await this.review.verify(requireUser(user), id));
  }

  @Mutation(() => Npo, { description: 'Staff: a helper waiting for verification is REFUSED, with the reason (≤ 500)' })
  @RequirePolicy('canVerifyHelpers')
  async refuseHelper(
    @Args('id', { type: () => ID }) id: string,
    @Args('reason') reason: string,
    @CurrentUser() user: AuthenticatedUser | undefined,
  ): Promise<Npo> {
    return this.model(await this.review.refuse(requireUser(user), id, reason));
  }

  @ResolveField(() => Boolean, {
    description:
      'what the page shows was written by the organisation itself (it registered); false: by the city ' +
      '(staff or a list) or, for NPOs, the open data',
  })
  async selfDescribed(@Parent() npo: Npo): Promise<boolean> {
    if (npo.kind === HelperKind.NPO) return false;
    return (await this.helpers.sourceOf(npo.id)) === 'REGISTRATION';
  }
}
