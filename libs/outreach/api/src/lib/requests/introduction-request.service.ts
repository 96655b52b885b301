import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditLogService, type AuthenticatedUser, MembershipService, policies } from '@tsunagu/accounts/api';
import {
  NeedInvitationRepository,
  NeedRepository,
  NeedService,
  OfferRepository,
  isOpenForOffers,
} from '@tsunagu/needs/api';
import { NpoLookup } from '@tsunagu/npo/api';
import { APP_CONFIG, type AppConfig, badUserInput, conflict, forbiddenError, notFound } from '@tsunagu/shared/api-core';
import { todayInJapan } from '@tsunagu/shared/util';
import type { IntroductionRequestEntity } from '../entities/introduction-request.entity';
import { outreachMessages as m } from '../outreach.messages';
import { IntroductionNotices } from './introduction-notices';
import { IntroductionQueue } from './introduction-queue';
import {
  ForwardedHow,
  IntroductionCloseReason,
  type IntroductionQueueItem,
  type IntroductionRequest,
  type IntroductionRequestStatus,
} from './introduction-request.model';
import { IntroductionRequestRepository } from './introduction-request.repository';
import { IntroductionViews } from './introduction-views';

const UUID = /^[0-9a-f-]{36}$/i;
const NOTE_MAX = 500;

/**
 * A group asks any suggested NPO for help on its need. An NPO with members hears it at once
 * (needs' invitation); one without becomes a request the city's staff pass on by letter, mail
 * or phone. The request never ends in "this NPO is not here": its status always says what next.
 */
@Injectable()
export class IntroductionRequestService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly dataSource: DataSource,
    private readonly rows: IntroductionRequestRepository,
    private readonly views: IntroductionViews,
    private readonly notices: IntroductionNotices,
    private readonly queueOf: IntroductionQueue,
    private readonly memberships: MembershipService,
    private readonly audit: AuditLogService,
    private readonly needs: NeedService,
    private readonly needRows: NeedRepository,
    private readonly offers: OfferRepository,
    private readonly invitations: NeedInvitationRepository,
    private readonly npos: NpoLookup,
  ) {}

  /** Asking twice returns the request made the first time. */
  async request(user: AuthenticatedUser, needId: string, npoId: string): Promise<IntroductionRequest> {
    const need = await this.needs.find(needId, user);
    const mine = await this.memberships.load(user.id);
    if (!policies.canEditNeed(user, mine, need)) throw forbiddenError(m.requestNotAllowed);
    if (!isOpenForOffers(need, todayInJapan())) throw conflict(m.requestOnlyOpen);
    const row = await this.dataSource.transaction(async (manager) => {
      const npo = UUID.test(npoId) ? await this.npos.findById(npoId, manager) : null;
      if (!npo) throw notFound(m.npoNotFound);
      const existing = await this.rows.findByNeedAndNpo(need.id, npo.id, manager);
      if (existing) return existing;
      if (npo.status !== 'ACTIVE') throw conflict(m.npoNotActive);
      const members = await this.memberships.npoMemberIds(npo.id, manager);
      // The city passes requests on to the NPOs it oversees; one elsewhere is reached by its members only.
      if (members.length === 0 && npo.city !== this.config.cityName) throw conflict(m.npoOutsideCity);
      const route = members.length > 0 ? 'MEMBERS' : 'CITY';
      // An NPO that already offered on the need has answered before it was asked.
      const offer = await this.offers.findByNeedAndNpo(need.id, npo.id, manager);
      const answered = !!offer && offer.status !== 'WITHDRAWN';
      const created = await this.rows.insertNew(manager, {
        needId: need.id,
        npoId: npo.id,
        requestedBy: user.id,
        route,
        status: answered ? 'ANSWERED' : route === 'MEMBERS' ? 'FORWARDED' : 'WAITING',
        forwardedHow: route === 'MEMBERS' ? 'MEMBERS' : null,
      });
      // Someone of the group asked at the same moment: theirs is the request.
      if (!created) return (await this.rows.findByNeedAndNpo(need.id, npo.id, manager)) as IntroductionRequestEntity;
      const view = await this.views.one(created, manager);
      if (route === 'MEMBERS') {
        // Today's invitation, recorded once: an NPO invited before (inviteNpoToNeed) is not told twice.
        const invitedNow = await this.invitations.add(need.id, npo.id, user.id, manager);
        if (invitedNow && !answered) await this.notices.membersAsked(manager, view);
      } else if (!answered) {
        await this.notices.staffAsked(manager, view);
      }
      await this.audit.record(
        {
          actorUserId: user.id,
          action: 'introduction.requested',
          targetType: 'introduction_request',
          targetId: created.id,
          detail: { needId: need.id, npoId: npo.id, route, status: created.status },
        },
        manager,
      );
      return created;
    });
    return this.views.one(row);
  }

  /** The NPOs a group asked on its need: the group's members and staff. */
  async forNeed(user: AuthenticatedUser, needId: string): Promise<IntroductionRequest[]> {
    // NOT_FOUND for those who may not see the need at all, as the need itself answers.
    const need = await this.needs.find(needId, user);
    const mine = await this.memberships.load(user.id);
    if (!policies.canEditNeed(user, mine, need) && !policies.isStaff(user)) {
      throw forbiddenError(m.introductionsNotAllowed);
    }
    return this.views.many(await this.rows.ofNeed(need.id));
  }

  /** The groups waiting for an NPO, oldest first, on needs still open: the NPO's members and staff. */
  async waitingForNpo(user: AuthenticatedUser, npoId: string): Promise<IntroductionRequest[]> {
    const mine = await this.memberships.load(user.id);
    const isMember = UUID.test(npoId) && policies.canActForNpo(user, mine, npoId);
    if (!isMember && !policies.isStaff(user)) throw forbiddenError(m.waitingNotAllowed);
    if (!UUID.test(npoId) || !(await this.npos.findById(npoId))) throw notFound(m.npoNotFound);
    const open = await this.rows.openOfNpo(npoId);
    const today = todayInJapan();
    const needs = new Map((await this.needRows.byIds(open.map((r) => r.needId))).map((n) => [n.id, n]));
    return this.views.many(
      open.filter((r) => {
        const need = needs.get(r.needId);
        return !!need && isOpenForOffers(need, today);
      }),
    );
  }

  queue(_staff: AuthenticatedUser, status: IntroductionRequestStatus | null): Promise<IntroductionQueueItem[]> {
    return this.queueOf.items(status);
  }

  /** Staff told the NPO (by phone, mail or letter): its WAITING requests are FORWARDED; how many. */
  async markForwarded(staff: AuthenticatedUser, npoId: string, how: ForwardedHow): Promise<number> {
    if (how === ForwardedHow.MEMBERS) throw badUserInput(m.forwardedHowByStaff, 'how');
    if (!UUID.test(npoId) || !(await this.npos.findById(npoId))) throw notFound(m.npoNotFound);
    return this.dataSource.transaction(async (manager) => {
      const changed = await this.forward(manager, [npoId], how as 'LETTER' | 'MAIL' | 'PHONE', staff.id);
      await this.audit.record(
        {
          actorUserId: staff.id,
          action: 'introduction.forwarded',
          targetType: 'npo',
          targetId: npoId,
          detail: { how, requests: changed },
        },
        manager,
      );
      return changed;
    });
  }

  /** Staff close an open request (the NPO declined, never answered, or the need ended); the group hears why. */
  async close(
    staff: AuthenticatedUser,
    id: string,
    reason: IntroductionCloseReason,
    note: string | null,
  ): Promise<IntroductionRequest> {
    const text = note?.trim() || null;
    if (text && text.length > NOTE_MAX) throw badUserInput(m.closeNoteLength, 'note');
    if (!UUID.test(id)) throw notFound(m.requestNotFound);
    const closed = await this.dataSource.transaction(async (manager) => {
      const status = reason === IntroductionCloseReason.NO_REPLY ? 'NO_REPLY' : 'CLOSED';
      const row = await this.rows.close(manager, id, status, reason, text);
      if (!row) {
        if (await this.rows.findById(id, manager)) throw conflict(m.requestNotOpen);
        throw notFound(m.requestNotFound);
      }
      await this.notices.closedByStaff(manager, await this.views.one(row, manager));
      await this.audit.record(
        {
          actorUserId: staff.id,
          action: 'introduction.closed',
          targetType: 'introduction_request',
          targetId: id,
          detail: { reason, note: text },
        },
        manager,
      );
      return row;
    });
    return this.views.one(closed);
  }

  /** NPOs with open requests on the CITY route (for the letters' WAITING_REQUESTS), oldest request first */
  npoIdsWaiting(): Promise<string[]> {
    return this.rows.npoIdsWaiting();
  }

  /** A letter (or its mail) went out: these NPOs' WAITING requests become FORWARDED, in the letters' transaction */
  async forwardedByLetter(
    npoIds: readonly string[],
    how: 'LETTER' | 'MAIL',
    by: string | null,
    manager: EntityManager,
  ): Promise<void> {
    await this.forward(manager, npoIds, how, by);
  }

  /** WAITING → FORWARDED for these NPOs, each group told; how many requests changed. */
  private async forward(
    manager: EntityManager,
    npoIds: readonly string[],
    how: 'LETTER' | 'MAIL' | 'PHONE',
    by: string | null,
  ): Promise<number> {
    const changed = await this.rows.forwardWaiting(manager, npoIds, how, by);
    await this.notices.forwarded(manager, await this.views.many(changed, manager));
    return changed.length;
  }
}
