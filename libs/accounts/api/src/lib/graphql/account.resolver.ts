import { Inject } from '@nestjs/common';
import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Request, Response } from 'express';
import { APP_CONFIG, type AppConfig } from '@tsunagu/shared/api-core';
import type { UserAccountEntity } from '../entities/user-account.entity';
import { AccountService } from '../auth/account.service';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { clearSessionCookie, setSessionCookie } from '../auth/session-cookie';
import { SessionService } from '../auth/session.service';
import { SignUpService } from '../auth/sign-up.service';
import { ResetPasswordInput, SignUpInput } from './account.inputs';
import { Role, User } from './user.model';

interface HttpContext {
  req: Request & { user?: AuthenticatedUser };
  res: Response;
}

const toUser = (u: Pick<UserAccountEntity, 'id' | 'email' | 'displayName' | 'role'>): User =>
  Object.assign(new User(), { id: u.id, email: u.email, displayName: u.displayName, role: u.role as Role });

@Resolver(() => User)
export class AccountResolver {
  constructor(
    private readonly accounts: AccountService,
    private readonly signUps: SignUpService,
    private readonly sessions: SessionService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private get secureCookies(): boolean {
    return this.config.nodeEnv === 'production';
  }

  private async startSession(user: UserAccountEntity, { req, res }: HttpContext): Promise<User> {
    const token = await this.sessions.start(user.id, req.headers['user-agent']);
    setSessionCookie(res, token, this.secureCookies);
    return toUser(user);
  }

  @Query(() => User, { nullable: true, description: 'The signed-in person, or null' })
  me(@CurrentUser() user: AuthenticatedUser | undefined): User | null {
    return user ? toUser(user) : null;
  }

  @Mutation(() => Boolean, {
    description:
      'Mails a one-time link (24 h) that finishes the sign-up; a registered address gets a note to its owner instead (same answer either way)',
  })
  async signUp(@Args('input') input: SignUpInput, @Context() { req }: HttpContext): Promise<boolean> {
    await this.signUps.request(input, req.ip ?? 'unknown');
    return true;
  }

  @Mutation(() => User, {
    description:
      'Uses the link of the sign-up mail once, with the password chosen at sign-up: creates the account and signs in',
  })
  async confirmSignUp(
    @Args('token') token: string,
    @Args('password') password: string,
    @Context() context: HttpContext,
  ): Promise<User> {
    return this.startSession(await this.signUps.confirm(token, password, context.req.ip ?? 'unknown'), context);
  }

  @Mutation(() => User)
  async signIn(
    @Args('email') email: string,
    @Args('password') password: string,
    @Context() context: HttpContext,
  ): Promise<User> {
    const user = await this.accounts.authenticate(email, password, context.req.ip ?? 'unknown');
    return this.startSession(user, context);
  }

  @Mutation(() => Boolean)
  async signOut(@CurrentUser() user: AuthenticatedUser | undefined, @Context() { res }: HttpContext): Promise<boolean> {
    if (user) await this.sessions.revoke(user.sessionId);
    clearSessionCookie(res, this.secureCookies);
    return true;
  }

  @Mutation(() => Boolean, { description: 'Ends every session of this account, on every device' })
  async signOutEverywhere(
    @CurrentUser() user: AuthenticatedUser | undefined,
    @Context() { res }: HttpContext,
  ): Promise<boolean> {
    if (user) await this.sessions.revokeAll(user.id);
    clearSessionCookie(res, this.secureCookies);
    return true;
  }

  @Mutation(() => Boolean, {
    description: 'Mails a one-time reset link if the account exists (same answer either way)',
  })
  async requestPasswordReset(@Args('email') email: string, @Context() { req }: HttpContext): Promise<boolean> {
    await this.accounts.requestPasswordReset(email, req.ip ?? 'unknown');
    return true;
  }

  @Mutation(() => User, {
    description: 'Sets a new password with a reset link, signs out everywhere else, signs in here',
  })
  async resetPassword(@Args('input') input: ResetPasswordInput, @Context() context: HttpContext): Promise<User> {
    return this.startSession(await this.accounts.resetPassword(input.token, input.newPassword), context);
  }
}
