import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Request } from 'express';
import { type AuthenticatedUser, CurrentUser, RequirePolicy, requireUser } from '@tsunagu/accounts/api';
import { ClaimCodePreview, ClaimWithCodeResult } from './claim-code.model';
import { ClaimCodeService } from './claim-code.service';

interface HttpContext {
  req: Request;
}

@Resolver()
export class ClaimCodeResolver {
  constructor(private readonly codes: ClaimCodeService) {}

  @Query(() => ClaimCodePreview, { description: 'Which NPO a letter’s code is for (rate-limited; nothing is used up)' })
  claimCodePreview(
    @Args('code') code: string,
    @CurrentUser() user: AuthenticatedUser | undefined,
    @Context() { req }: HttpContext,
  ): Promise<ClaimCodePreview> {
    return this.codes.preview(code, user, req.ip ?? 'unknown');
  }

  @Mutation(() => ClaimWithCodeResult, {
    description: 'The signed-in person becomes a member of the NPO the letter went to (the code is used up)',
  })
  @RequirePolicy('isSignedIn')
  claimNpoWithCode(
    @Args('code') code: string,
    @CurrentUser() user: AuthenticatedUser | undefined,
    @Context() { req }: HttpContext,
  ): Promise<ClaimWithCodeResult> {
    return this.codes.claim(requireUser(user), code, req.ip ?? 'unknown');
  }
}
