import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { type AuthenticatedUser, MembershipService, forbidden, policies } from '@tsunagu/accounts/api';
import { MatchingService } from '@tsunagu/matching/api';
import { Notifier } from '@tsunagu/notifications/api';
import { ErrorCode, contractError, notFound } from '@tsunagu/shared/api-core';
import type { MarcheInvitationCandidate, MarcheMeetingWish } from './marche.model';

/**
 * Bringing the right NPOs to the marché: staff invite those that fit the groups' open needs
 * (ranked by the matching engine), and groups mark the exhibitors they want to meet.
 */
@Injectable()
export class MarcheOutreachService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly matching: MatchingService,
    private readonly memberships: MembershipService,
    private readonly notifier: Notifier,
  ) {}

  async candidates(staff: AuthenticatedUser, eventId: string, limit: number): Promise<MarcheInvitationCandidate[]> {
    if (!policies.canManageMarche(staff)) throw forbidden();
    const applied: Array<{ npo_id: string }> = await this.dataSource.query(
      `SELECT npo_id FROM marche_application WHERE event_id = $1 AND status <> 'WITHDRAWN'`,
      [eventId],
    );
    const ranked = await this.matching.rankNposForOpenNeeds(new Set(applied.map((a) => a.npo_id)), limit);
    if (ranked.length === 0) return [];
    const facts: Array<{ id: string; name: string; ward: string | null; claimed: boolean; invited: boolean }> =
      await this.dataSource.query(
        `SELECT n.id, n.name, n.ward,
              EXISTS (SELECT 1 FROM npo_member m WHERE m.npo_id = n.id) AS claimed,
              EXISTS (SELECT 1 FROM marche_invitation i WHERE i.npo_id = n.id AND i.event_id = $2) AS invited
         FROM npo n WHERE n.id = ANY($1::uuid[])`,
        [ranked.map((r) => r.npoId), eventId],
      );
    const byId = new Map(facts.map((f) => [f.id, f]));
    return ranked.flatMap((r) => {
      const f = byId.get(r.npoId);
      return f
        ? [
            {
              npoId: r.npoId,
              npoName: f.name,
              ward: f.ward,
              score: r.score,
              reasons: r.reasons,
              claimed: f.claimed,
              invited: f.invited,
            },
          ]
        : [];
    });
  }

  /** One click: the NPO's members are told in the app and by mail (once per event). */
  async invite(staff: AuthenticatedUser, eventId: string, npoId: string): Promise<boolean> {
    if (!policies.canManageMarche(staff)) throw forbidden();
    return this.dataSource.transaction(async (manager) => {
      const [event] = await manager.query(
        `SELECT id, name, event_date, venue, apply_until FROM marche_event WHERE id = $1`,
        [eventId],
      );
      if (!event) throw notFound('そのマルシェは見つかりません。 / Marché event not found.');
      const members = await this.memberships.npoMemberIds(npoId, manager);
      if (members.length === 0) {
        throw contractError(
          ErrorCode.CONFLICT,
          'このNPOは、まだ「つなぐ」を使っていません。NPOのページにある連絡先からお誘いください。 / This NPO has no members here yet.',
        );
      }
      const inserted: unknown[] = await manager.query(
        `INSERT INTO marche_invitation (event_id, npo_id, invited_by) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING npo_id`,
        [eventId, npoId, staff.id],
      );
      if (inserted.length === 0) return false;
      await this.notifier.notify(manager, members, {
        kind: 'marche.invitation',
        title: `「${event.name}」への出展のお誘い`,
        body: `${event.event_date}に${event.venue}で開く「${event.name}」に、出展しませんか。地域の団体の困りごとに、あなたのNPOの活動が合いそうです。申し込みは${event.apply_until}まで。`,
        link: `/marche/${eventId}`,
      });
      return true;
    });
  }

  /** A member of a verified group marks (or unmarks) an exhibitor the group wants to meet. */
  async setWish(
    user: AuthenticatedUser,
    eventId: string,
    npoId: string,
    groupId: string,
    wish: boolean,
  ): Promise<boolean> {
    const m = await this.memberships.load(user.id);
    if (!m.groups.has(groupId))
      throw forbidden('この団体のメンバーだけが選べます。 / Only the group’s members may do this.');
    const [group] = await this.dataSource.query(`SELECT status FROM community_group WHERE id = $1`, [groupId]);
    if (group?.status !== 'VERIFIED')
      throw forbidden('団体の確認がすんでから選べます。 / The group must be verified first.');
    const [exhibitor] = await this.dataSource.query(
      `SELECT 1 FROM marche_application WHERE event_id = $1 AND npo_id = $2 AND status = 'ACCEPTED' AND consent_publish`,
      [eventId, npoId],
    );
    if (!exhibitor) throw notFound('その出展者は見つかりません。 / Exhibitor not found.');
    if (wish) {
      await this.dataSource.query(
        `INSERT INTO marche_meeting_wish (event_id, npo_id, group_id, created_by) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING`,
        [eventId, npoId, groupId, user.id],
      );
    } else {
      await this.dataSource.query(
        `DELETE FROM marche_meeting_wish WHERE event_id = $1 AND npo_id = $2 AND group_id = $3`,
        [eventId, npoId, groupId],
      );
    }
    return wish;
  }

  /** Staff see every wish; an NPO's members see the groups that want to meet their NPO; groups their own. */
  async wishes(user: AuthenticatedUser, eventId: string): Promise<MarcheMeetingWish[]> {
    const rows: Array<{ npo_id: string; npo_name: string; group_id: string; group_name: string; group_ward: string }> =
      await this.dataSource.query(
        `SELECT w.npo_id, n.name AS npo_name, w.group_id, g.name AS group_name, g.ward AS group_ward
         FROM marche_meeting_wish w JOIN npo n ON n.id = w.npo_id JOIN community_group g ON g.id = w.group_id
        WHERE w.event_id = $1 ORDER BY n.name, g.name`,
        [eventId],
      );
    const m = await this.memberships.load(user.id);
    const staff = policies.canManageMarche(user);
    return rows
      .filter((r) => staff || m.npos.has(r.npo_id) || m.groups.has(r.group_id))
      .map((r) => ({
        npoId: r.npo_id,
        npoName: r.npo_name,
        groupId: r.group_id,
        groupName: r.group_name,
        groupWard: r.group_ward,
      }));
  }
}
