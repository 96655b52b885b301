import { Args, Context, Field, Int, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import type { Request, Response } from 'express';
import { currentLanguage } from '@tsunagu/shared/api-core';
import { requireUser } from '../auth/access-errors';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { RequirePolicy } from '../auth/policy.guard';
import { SESSION_COOKIE } from '../auth/session-cookie';
import { AuditLogService } from '../audit/audit-log.service';
import { PersonalDataService } from './personal-data.service';

@ObjectType()
export class AuditEntry {
  @Field()
  at!: Date;

  @Field(() => String, { nullable: true })
  actorUserId!: string | null;

  @Field()
  action!: string;

  @Field(() => String, { nullable: true })
  targetType!: string | null;

  @Field(() => String, { nullable: true })
  targetId!: string | null;

  @Field({ description: 'JSON' })
  detail!: string;

  @Field({ description: "who did what to what, in one sentence in the caller's language" })
  summary!: string;

  @Field(() => String, {
    nullable: true,
    description: 'who did it, as they are called now (null: the system or a former user)',
  })
  actorName!: string | null;
}

@Resolver()
export class PrivacyResolver {
  constructor(
    private readonly personalData: PersonalDataService,
    private readonly audit: AuditLogService,
  ) {}

  @Query(() => String, { description: 'Everything the service holds about me, as JSON (APPI)' })
  @RequirePolicy('isSignedIn')
  async myPersonalData(@CurrentUser() user: AuthenticatedUser | undefined): Promise<string> {
    return JSON.stringify(await this.personalData.export(requireUser(user).id), null, 2);
  }

  @Mutation(() => Boolean, { description: 'Deletes my account (password required)' })
  @RequirePolicy('isSignedIn')
  async deleteMyAccount(
    @Args('password') password: string,
    @CurrentUser() user: AuthenticatedUser | undefined,
    @Context() { req, res }: { req: Request; res: Response },
  ): Promise<boolean> {
    await this.personalData.deleteAccount(requireUser(user).id, password, req.ip ?? 'unknown');
    res.clearCookie(SESSION_COOKIE, { path: '/' });
    return true;
  }

  @Query(() => [AuditEntry], { description: 'Staff: what staff did, newest first' })
  @RequirePolicy('canReadAuditLog')
  async auditLog(@Args('limit', { type: () => Int, defaultValue: 50 }) limit: number): Promise<AuditEntry[]> {
    return (await this.audit.recentInWords(limit, currentLanguage())).map((e) => ({
      ...e,
      detail: JSON.stringify(e.detail),
    }));
  }
}
