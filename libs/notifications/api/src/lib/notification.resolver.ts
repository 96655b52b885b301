import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { type AuthenticatedUser, CurrentUser, RequirePolicy, requireUser } from '@tsunagu/accounts/api';
import { DataSource } from 'typeorm';
import { MailPreference, Notification } from './notification.model';

/** The bell: my notifications, how many are unread, and how I want them mailed. */
@Resolver(() => Notification)
export class NotificationResolver {
  constructor(private readonly dataSource: DataSource) {}

  @Query(() => [Notification])
  @RequirePolicy('isSignedIn')
  async notifications(
    @CurrentUser() user: AuthenticatedUser | undefined,
    @Args('limit', { type: () => Int, defaultValue: 30 }) limit: number,
  ): Promise<Notification[]> {
    const rows: Array<{
      id: string;
      title: string;
      body: string;
      link: string;
      read_at: Date | null;
      created_at: Date;
    }> = await this.dataSource.query(
      `SELECT id, title, body, link, read_at, created_at FROM notification WHERE user_id = $1
          ORDER BY created_at DESC LIMIT $2`,
      [requireUser(user).id, Math.min(Math.max(limit, 1), 100)],
    );
    return rows.map((r) => ({
      id: r.id,
      title: r.title,
      body: r.body,
      link: r.link,
      read: !!r.read_at,
      createdAt: r.created_at,
    }));
  }

  @Query(() => Int)
  @RequirePolicy('isSignedIn')
  async unreadNotificationCount(@CurrentUser() user: AuthenticatedUser | undefined): Promise<number> {
    const [{ count }] = await this.dataSource.query(
      `SELECT count(*)::int AS count FROM notification WHERE user_id = $1 AND read_at IS NULL`,
      [requireUser(user).id],
    );
    return count;
  }

  @Mutation(() => Int, { description: 'Marks these (or, without ids, all) of my notifications read' })
  @RequirePolicy('isSignedIn')
  async markNotificationsRead(
    @CurrentUser() user: AuthenticatedUser | undefined,
    @Args('ids', { type: () => [ID], nullable: true }) ids: string[] | null,
  ): Promise<number> {
    const me = requireUser(user);
    const valid = ids?.filter((id) => /^[0-9a-f-]{36}$/i.test(id));
    const rows: unknown[] = await this.dataSource.query(
      `WITH marked AS (
         UPDATE notification SET read_at = now() WHERE user_id = $1 AND read_at IS NULL
            AND ($2::uuid[] IS NULL OR id = ANY($2::uuid[])) RETURNING id)
       SELECT id FROM marked`,
      [me.id, valid ?? null],
    );
    return rows.length;
  }

  @Query(() => MailPreference)
  @RequirePolicy('isSignedIn')
  async mailPreference(@CurrentUser() user: AuthenticatedUser | undefined): Promise<MailPreference> {
    const [row] = await this.dataSource.query(`SELECT notify_by_mail FROM user_account WHERE id = $1`, [
      requireUser(user).id,
    ]);
    return row.notify_by_mail as MailPreference;
  }

  @Mutation(() => MailPreference)
  @RequirePolicy('isSignedIn')
  async setMailPreference(
    @CurrentUser() user: AuthenticatedUser | undefined,
    @Args('preference', { type: () => MailPreference }) preference: MailPreference,
  ): Promise<MailPreference> {
    await this.dataSource.query(`UPDATE user_account SET notify_by_mail = $2 WHERE id = $1`, [
      requireUser(user).id,
      preference,
    ]);
    return preference;
  }
}
