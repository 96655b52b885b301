import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, In } from 'typeorm';
import {
  type AuthenticatedUser,
  type Memberships,
  MembershipService,
  forbidden,
  policies,
} from '@tsunagu/accounts/api';
import { type Npo, NpoEntity, toNpoModel } from '@tsunagu/npo/api';
import { enqueueSearchUpdates } from '@tsunagu/search/api';
import { APP_CONFIG, type AppConfig, ErrorCode, badUserInput, contractError, notFound } from '@tsunagu/shared/api-core';
import { NeedEntity } from '../entities/need.entity';
import { OfferEntity } from '../entities/offer.entity';
import { todayInJapan } from '@tsunagu/shared/util';
import { acceptsOffers } from '../needs/need-lifecycle';
import { NeedService } from '../needs/need.service';
import { Notifier } from '@tsunagu/notifications/api';
import { NEED_INDEX } from '../search/need-search-index';
import { type Offer, type OfferContacts, type OfferMessage, OfferSide, type OfferStatus } from './offer.model';

const UUID = /^[0-9a-f-]{36}$/i;
const notFoundOffer = () => notFound('その申し出は見つかりません。 / Offer not found.');

interface OfferRow {
  id: string;
  need_id: string;
  npo_id: string;
  message: string;
  status: string;
  created_at: Date;
  decided_at: Date | null;
  group_id: string;
  need_title: string;
  group_name: string;
  group_status: string;
}

const SELECT_OFFERS = `
  SELECT o.id, o.need_id, o.npo_id, o.message, o.status, o.created_at, o.decided_at,
         n.group_id, n.title AS need_title, g.name AS group_name, g.status AS group_status
    FROM offer o JOIN need n ON n.id = o.need_id JOIN community_group g ON g.id = n.group_id`;

const facts = (row: OfferRow) => ({ groupId: row.group_id, npoId: row.npo_id, status: row.status });

/** Offers of help, the conversation on each, and the moment contacts are revealed. */
@Injectable()
export class OfferService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly memberships: MembershipService,
    private readonly needs: NeedService,
    private readonly notifier: Notifier,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async offerHelp(user: AuthenticatedUser, needId: string, npoId: string, message: string): Promise<Offer> {
    const m = await this.memberships.load(user.id);
    if (!UUID.test(npoId) || !policies.canActForNpo(user, m, npoId)) {
      throw forbidden(
        'このNPOとして申し出ることはできません。NPOのページを登録してください。 / Only members of a claimed NPO may offer in its name.',
      );
    }
    const text = message.trim();
    if (text.length < 10 || text.length > 2000) {
      throw badUserInput('どんなお手伝いができるか、10文字以上2000文字までで書いてください', 'message');
    }
    const need = await this.needs.find(needId, user);
    const id = await this.dataSource.transaction(async (manager) => {
      const locked = await manager.findOne(NeedEntity, { where: { id: need.id }, lock: { mode: 'pessimistic_read' } });
      if (!locked || !acceptsOffers(locked, todayInJapan())) {
        throw contractError(
          ErrorCode.CONFLICT,
          'この募集は、もう申し出を受け付けていません。 / This need no longer takes offers.',
        );
      }
      const [existing] = await manager.query(`SELECT id, status FROM offer WHERE need_id = $1 AND npo_id = $2`, [
        need.id,
        npoId,
      ]);
      let offerId: string;
      if (existing && existing.status !== 'WITHDRAWN') {
        throw contractError(
          ErrorCode.CONFLICT,
          'このNPOは、もうこの募集に申し出ています。 / This NPO already offered.',
        );
      } else if (existing) {
        // Offering again after a withdrawal re-opens the same thread.
        await manager.query(
          `UPDATE offer SET status = 'PENDING', message = $2, created_by = $3, created_at = now(), decided_at = NULL WHERE id = $1`,
          [existing.id, text, user.id],
        );
        offerId = existing.id;
      } else {
        const saved = await manager.save(
          manager.create(OfferEntity, { needId: need.id, npoId, createdBy: user.id, message: text, status: 'PENDING' }),
        );
        offerId = saved.id;
      }
      const npo = await manager.findOneByOrFail(NpoEntity, { id: npoId });
      await this.notifier.notify(manager, await this.memberships.groupMemberIds(locked.groupId, manager), {
        kind: 'offer.received',
        title: `「${npo.name}」から、お手伝いの申し出がありました`,
        body: `募集「${locked.title}」に、NPO「${npo.name}」からお手伝いの申し出がありました。申し出を読んで、お願いするかどうかを決めてください。`,
        link: `/offers/${offerId}`,
      });
      return offerId;
    });
    return this.get(id, user);
  }

  async respond(user: AuthenticatedUser, offerId: string, accept: boolean): Promise<Offer> {
    const m = await this.memberships.load(user.id);
    await this.dataSource.transaction(async (manager) => {
      const row = await this.lockedRow(manager, offerId);
      if (!policies.canSeeOffer(user, m, facts(row))) throw notFoundOffer();
      if (!policies.canRespondToOffer(user, m, facts(row))) throw forbidden();
      // A group staff refused (also after approving it) no longer takes up help.
      if (accept && row.group_status !== 'VERIFIED') {
        throw forbidden(
          'この団体は市に登録を認められていないため、申し出を受けられません。区役所の担当にお問い合わせください。',
        );
      }
      if (row.status !== 'PENDING') {
        throw contractError(
          ErrorCode.CONFLICT,
          'この申し出には、もう返事をしています。 / This offer was already answered.',
        );
      }
      await manager.query(`UPDATE offer SET status = $2, decided_at = now(), decided_by = $3 WHERE id = $1`, [
        offerId,
        accept ? 'ACCEPTED' : 'DECLINED',
        user.id,
      ]);
      if (accept) {
        await manager.query(
          `UPDATE need SET status = 'MATCHED', updated_at = now() WHERE id = $1 AND status = 'PUBLISHED'`,
          [row.need_id],
        );
        await enqueueSearchUpdates(manager, NEED_INDEX, [row.need_id]);
      }
      await this.notifier.notify(manager, await this.memberships.npoMemberIds(row.npo_id, manager), {
        kind: accept ? 'offer.accepted' : 'offer.declined',
        title: accept ? `「${row.group_name}」が申し出を受けました` : `「${row.group_name}」から申し出へのお返事`,
        body: accept
          ? `募集「${row.need_title}」で、あなたのNPOにお願いすることになりました。連絡先が見られるようになりました。メッセージで打ち合わせを始めましょう。`
          : `募集「${row.need_title}」は、今回は見送りとなりました。申し出ていただき、ありがとうございました。`,
        link: `/offers/${offerId}`,
      });
    });
    return this.get(offerId, user);
  }

  async withdraw(user: AuthenticatedUser, offerId: string): Promise<Offer> {
    const m = await this.memberships.load(user.id);
    await this.dataSource.transaction(async (manager) => {
      const row = await this.lockedRow(manager, offerId);
      if (!policies.canSeeOffer(user, m, facts(row))) throw notFoundOffer();
      if (!policies.canActForNpo(user, m, row.npo_id)) throw forbidden();
      if (row.status !== 'PENDING') {
        throw contractError(
          ErrorCode.CONFLICT,
          '返事のあとは取り下げられません。メッセージで相談してください。 / Only a pending offer can be withdrawn.',
        );
      }
      await manager.query(`UPDATE offer SET status = 'WITHDRAWN', decided_at = now() WHERE id = $1`, [offerId]);
    });
    return this.get(offerId, user);
  }

  async sendMessage(user: AuthenticatedUser, offerId: string, body: string): Promise<OfferMessage> {
    const text = body.trim();
    if (text.length === 0 || text.length > 4000) throw badUserInput('メッセージを4000文字までで書いてください', 'body');
    const m = await this.memberships.load(user.id);
    return this.dataSource.transaction(async (manager) => {
      const row = await this.lockedRow(manager, offerId);
      if (!policies.canSeeOffer(user, m, facts(row))) throw notFoundOffer();
      if (!policies.canWriteOnOffer(user, m, facts(row))) {
        throw forbidden('この申し出には、もうメッセージを送れません。 / You cannot write on this offer.');
      }
      const side = m.groups.has(row.group_id) ? 'GROUP' : 'NPO';
      const [saved] = await manager.query(
        `INSERT INTO offer_message (offer_id, sender_id, sender_side, body) VALUES ($1, $2, $3, $4) RETURNING id, created_at`,
        [offerId, user.id, side, text],
      );
      await this.markRead(manager, offerId, user.id);
      const recipients =
        side === 'GROUP'
          ? await this.memberships.npoMemberIds(row.npo_id, manager)
          : await this.memberships.groupMemberIds(row.group_id, manager);
      const [npo] = await manager.query(`SELECT name FROM npo WHERE id = $1`, [row.npo_id]);
      await this.notifier.notify(manager, recipients, {
        kind: 'message.received',
        title: `「${side === 'GROUP' ? row.group_name : npo.name}」からメッセージが届きました`,
        body: `募集「${row.need_title}」について、メッセージが届きました。\n\n${text.length > 200 ? `${text.slice(0, 200)}…` : text}`,
        link: `/offers/${offerId}`,
      });
      return {
        id: saved.id,
        body: text,
        senderSide: side as OfferSide,
        senderName: user.displayName,
        mine: true,
        createdAt: saved.created_at,
      };
    });
  }

  async markOfferRead(user: AuthenticatedUser, offerId: string): Promise<Offer> {
    const offer = await this.get(offerId, user);
    await this.markRead(this.dataSource.manager, offerId, user.id);
    return { ...offer, unreadCount: 0 };
  }

  /** A group asks a suggested NPO to offer: the NPO's members are told in the app and by mail. */
  async inviteNpo(user: AuthenticatedUser, needId: string, npoId: string): Promise<boolean> {
    const need = await this.needs.find(needId, user);
    const m = await this.memberships.load(user.id);
    if (!policies.canEditNeed(user, m, need)) throw forbidden();
    if (!acceptsOffers(need, todayInJapan())) {
      throw contractError(
        ErrorCode.CONFLICT,
        '募集中の困りごとにだけ、NPOを誘えます。 / Only an open need can invite.',
      );
    }
    return this.dataSource.transaction(async (manager) => {
      const npo = UUID.test(npoId) ? await manager.findOneBy(NpoEntity, { id: npoId, status: 'ACTIVE' }) : null;
      if (!npo) throw notFound('そのNPOは見つかりません。 / NPO not found.');
      const members = await this.memberships.npoMemberIds(npoId, manager);
      if (members.length === 0) {
        throw contractError(
          ErrorCode.CONFLICT,
          'このNPOは、まだ「つなぐ」を使っていません。NPOのページにある連絡先に問い合わせてください。 / This NPO has no members here yet.',
        );
      }
      const inserted: unknown[] = await manager.query(
        `INSERT INTO need_invitation (need_id, npo_id, invited_by) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING need_id`,
        [needId, npoId, user.id],
      );
      // Inviting twice tells the NPO once.
      if (inserted.length === 0) return false;
      const [group] = await manager.query(`SELECT name FROM community_group WHERE id = $1`, [need.groupId]);
      await this.notifier.notify(manager, members, {
        kind: 'need.invitation',
        title: `「${group.name}」から、お手伝いのお誘いです`,
        body: `「${group.name}」が、募集「${need.title}」に「${npo.name}」の力を借りたいと考えています。募集を読んで、できることがあれば申し出てください。`,
        link: `/needs/${needId}`,
      });
      return true;
    });
  }

  async get(offerId: string, user: AuthenticatedUser | undefined): Promise<Offer> {
    if (!UUID.test(offerId)) throw notFoundOffer();
    const [row]: OfferRow[] = await this.dataSource.query(`${SELECT_OFFERS} WHERE o.id = $1`, [offerId]);
    const m = await this.memberships.load(user?.id);
    if (!row || !policies.canSeeOffer(user, m, facts(row))) throw notFoundOffer();
    const [offer] = await this.toModels([row], user, m);
    return offer;
  }

  /** The offers on a need the caller may see: all for the group and staff, its own for an NPO. */
  async forNeed(needId: string, user: AuthenticatedUser | undefined): Promise<Offer[]> {
    if (!user) return [];
    const m = await this.memberships.load(user.id);
    const rows: OfferRow[] = await this.dataSource.query(
      `${SELECT_OFFERS} WHERE o.need_id = $1 AND o.status <> 'WITHDRAWN' ORDER BY o.created_at`,
      [needId],
    );
    return this.toModels(
      rows.filter((row) => policies.canSeeOffer(user, m, facts(row))),
      user,
      m,
    );
  }

  /** Offers made by the NPOs I belong to, newest first. */
  async mine(user: AuthenticatedUser): Promise<Offer[]> {
    const m = await this.memberships.load(user.id);
    if (m.npos.size === 0) return [];
    const rows: OfferRow[] = await this.dataSource.query(
      `${SELECT_OFFERS} WHERE o.npo_id = ANY($1::uuid[]) ORDER BY o.created_at DESC LIMIT 200`,
      [[...m.npos]],
    );
    return this.toModels(rows, user, m);
  }

  async messages(offerId: string, user: AuthenticatedUser | undefined): Promise<OfferMessage[]> {
    await this.get(offerId, user);
    const rows: Array<{
      id: string;
      body: string;
      sender_side: string;
      sender_id: string | null;
      name: string | null;
      created_at: Date;
    }> = await this.dataSource.query(
      `SELECT om.id, om.body, om.sender_side, om.sender_id, u.display_name AS name, om.created_at
           FROM offer_message om LEFT JOIN user_account u ON u.id = om.sender_id
          WHERE om.offer_id = $1 ORDER BY om.created_at, om.id`,
      [offerId],
    );
    return rows.map((r) => ({
      id: r.id,
      body: r.body,
      senderSide: r.sender_side as OfferSide,
      senderName: r.name ?? '（退会した人）',
      mine: !!user && r.sender_id === user.id,
      createdAt: r.created_at,
    }));
  }

  /** Contact details of both sides, or null: the privacy rule of the accounts issue. */
  async contacts(offerId: string, user: AuthenticatedUser | undefined): Promise<OfferContacts | null> {
    if (!UUID.test(offerId)) return null;
    const [row]: OfferRow[] = await this.dataSource.query(`${SELECT_OFFERS} WHERE o.id = $1`, [offerId]);
    const m = await this.memberships.load(user?.id);
    if (!row || !policies.canSeeOfferContacts(user, m, facts(row))) return null;
    const [[group], people, [profile]] = await Promise.all([
      this.dataSource.query(
        `SELECT name, representative_name, contact_phone, contact_email FROM community_group WHERE id = $1`,
        [row.group_id],
      ),
      this.dataSource.query(
        `SELECT u.display_name AS name, u.email FROM npo_member nm JOIN user_account u ON u.id = nm.user_id WHERE nm.npo_id = $1 ORDER BY nm.since`,
        [row.npo_id],
      ),
      this.dataSource.query(`SELECT contact_for_groups FROM npo_profile WHERE npo_id = $1`, [row.npo_id]),
    ]);
    return {
      groupName: group.name,
      groupRepresentative: group.representative_name,
      groupPhone: group.contact_phone,
      groupEmail: group.contact_email,
      npoPeople: (people as Array<{ name: string; email: string }>).map((p) => ({ name: p.name, email: p.email })),
      npoContact: profile?.contact_for_groups ?? null,
    };
  }

  private async toModels(rows: OfferRow[], user: AuthenticatedUser | undefined, m: Memberships): Promise<Offer[]> {
    if (rows.length === 0) return [];
    const [npos, unread] = await Promise.all([
      this.npoModels(rows.map((r) => r.npo_id)),
      user
        ? (this.dataSource.query(
            `SELECT om.offer_id, count(*)::int AS count FROM offer_message om
               LEFT JOIN offer_read r ON r.offer_id = om.offer_id AND r.user_id = $2
              WHERE om.offer_id = ANY($1::uuid[]) AND om.sender_id IS DISTINCT FROM $2
                AND om.created_at > coalesce(r.read_at, '-infinity')
              GROUP BY om.offer_id`,
            [rows.map((r) => r.id), user.id],
          ) as Promise<Array<{ offer_id: string; count: number }>>)
        : Promise.resolve([]),
    ]);
    const unreadOf = new Map(unread.map((u) => [u.offer_id, u.count]));
    return rows.flatMap((row) => {
      const npo = npos.get(row.npo_id);
      return npo ? [{ ...this.offerFields(row, m, unreadOf.get(row.id) ?? 0), npo }] : [];
    });
  }

  private offerFields(row: OfferRow, m: Memberships, unreadCount: number): Omit<Offer, 'npo'> {
    return {
      id: row.id,
      needId: row.need_id,
      needTitle: row.need_title,
      groupName: row.group_name,
      message: row.message,
      status: row.status as OfferStatus,
      viewerSide: m.groups.has(row.group_id)
        ? OfferSide.GROUP
        : m.npos.has(row.npo_id)
          ? OfferSide.NPO
          : OfferSide.STAFF,
      unreadCount,
      createdAt: row.created_at,
      decidedAt: row.decided_at,
    };
  }

  private async npoModels(ids: string[]): Promise<Map<string, Npo>> {
    const rows = await this.dataSource.getRepository(NpoEntity).findBy({ id: In(ids) });
    // Every NPO that offered has a member: it is claimed.
    return new Map(rows.map((row) => [row.id, toNpoModel(row, this.config.cityName, true)]));
  }

  private async lockedRow(manager: EntityManager, offerId: string): Promise<OfferRow> {
    if (!UUID.test(offerId)) throw notFoundOffer();
    const [row]: OfferRow[] = await manager.query(`${SELECT_OFFERS} WHERE o.id = $1 FOR UPDATE OF o`, [offerId]);
    if (!row) throw notFoundOffer();
    return row;
  }

  private async markRead(manager: EntityManager, offerId: string, userId: string): Promise<void> {
    await manager.query(
      `INSERT INTO offer_read (offer_id, user_id, read_at) VALUES ($1, $2, now())
       ON CONFLICT (offer_id, user_id) DO UPDATE SET read_at = now()`,
      [offerId, userId],
    );
  }
}
