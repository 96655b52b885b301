import { Inject } from '@nestjs/common';
import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import {
  type AuthenticatedUser,
  CurrentUser,
  PeopleDirectory,
  RequirePolicy,
  requireUser,
} from '@tsunagu/accounts/api';
import { APP_CONFIG, type AppConfig, currentLanguage } from '@tsunagu/shared/api-core';
import { MailPreference, Notification } from './notification.model';
import { NotificationRepository } from './notification.repository';
import { notificationInLanguage } from './texts/notification-language';
import { notificationReading } from './texts/notification-reading';

/** The bell: my notifications, how many are unread, and how I want them mailed. */
@Resolver(() => Notification)
export class NotificationResolver {
  constructor(
    private readonly repository: NotificationRepository,
    private readonly people: PeopleDirectory,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Query(() => [Notification])
  @RequirePolicy('isSignedIn')
  async notifications(
    @CurrentUser() user: AuthenticatedUser | undefined,
    @Args('limit', { type: () => Int, defaultValue: 30 }) limit: number,
  ): Promise<Notification[]> {
    const rows = await this.repository.latest(requireUser(user).id, Math.min(Math.max(limit, 1), 100));
    const language = currentLanguage();
    const reading = notificationReading(this.config);
    return rows.map((r) => ({
      id: r.id,
      // rendered from its key in the reader's language (old rows: read from their stored Japanese)
      ...notificationInLanguage(r, language, reading),
      link: r.link,
      read: !!r.readAt,
      createdAt: r.createdAt,
    }));
  }

  @Query(() => Int)
  @RequirePolicy('isSignedIn')
  unreadNotificationCount(@CurrentUser() user: AuthenticatedUser | undefined): Promise<number> {
    return this.repository.unreadCount(requireUser(user).id);
  }

  @Mutation(() => Int, { description: 'Marks these (or, without ids, all) of my notifications read' })
  @RequirePolicy('isSignedIn')
  markNotificationsRead(
    @CurrentUser() user: AuthenticatedUser | undefined,
    @Args('ids', { type: () => [ID], nullable: true }) ids: string[] | null,
  ): Promise<number> {
    const me = requireUser(user);
    const valid = ids?.filter((id) => /^[0-9a-f-]{36}$/i.test(id));
    return this.repository.markRead(me.id, valid ?? null);
  }

  @Query(() => MailPreference)
  @RequirePolicy('isSignedIn')
  async mailPreference(@CurrentUser() user: AuthenticatedUser | undefined): Promise<MailPreference> {
    return (await this.people.mailPreference(requireUser(user).id)) as MailPreference;
  }

  @Mutation(() => MailPreference)
  @RequirePolicy('isSignedIn')
  async setMailPreference(
    @CurrentUser() user: AuthenticatedUser | undefined,
    @Args('preference', { type: () => MailPreference }) preference: MailPreference,
  ): Promise<MailPreference> {
    await this.people.setMailPreference(requireUser(user).id, preference);
    return preference;
  }
}
