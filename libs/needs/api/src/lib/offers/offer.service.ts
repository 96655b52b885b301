import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  AuditLogService,
  type AuthenticatedUser,
  MembershipService,
  type StoredProxyEntry,
  policies,
  proxyAuditEntry,
  storedProxy,
} from '@tsunagu/accounts/api';
import { Notifier } from '@tsunagu/notifications/api';
import { NpoLookup } from '@tsunagu/npo/api';
import { enqueueSearchUpdates } from '@tsunagu/search/api';
import { badUserInput, conflict, forbiddenError, notFound } from '@tsunagu/shared/api-core';
import { todayInJapan } from '@tsunagu/shared/util';
import { needMessages } from '../needs.messages';
import { NeedRepository } from '../needs/need.repository';
import { NeedService } from '../needs/need.service';
import { isOpenForOffers } from '../needs/open-needs';
import { NEED_INDEX } from '../search/need-search-index';
import { NeedInvitationRepository } from './need-invitation.repository';
import { OfferHooks } from './offer-hooks';
import type { Offer } from './offer.model';
import { OfferRepository } from './offer.repository';
import { OfferViews, UUID, notFoundOffer, policyFacts } from './offer-views.service';

/** Offers of help: made, answered, withdrawn; and a group inviting an NPO to offer. */
@Injectable()
export class OfferService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly memberships: MembershipService,
    private readonly needs: NeedService,
    private readonly needRows: NeedRepository,
    private readonly offers: OfferRepository,
    private readonly invitations: NeedInvitationRepository,
    private readonly views: OfferViews,
    private readonly npos: NpoLookup,
    private readonly notifier: Notifier,
    private readonly hooks: OfferHooks,
    private readonly audit: AuditLogService,
  ) {}

  async offerHelp(user: AuthenticatedUser, needId: string, npoId: string, message: string): Promise<Offer> {
    const m = await this.memberships.load(user.id);
    if (!UUID.test(npoId) || !policies.canActForNpo(user, m, npoId)) {
      throw forbiddenError(needMessages.notNpoMember);
    }
    const helper = await this.npos.findById(npoId);
    if (helper && !policies.canOfferAsHelper(user, m, helper)) throw forbiddenError(needMessages.helperNotVerified);
    const text = message.trim();
    if (text.length < 10 || text.length > 2000) throw badUserInput(needMessages.offerMessageLength, 'message');
    const need = await this.needs.find(needId, user);
    const id = await this.dataSource.transaction(async (manager) => {
      const locked = await this.needRows.lock(need.id, manager, 'pessimistic_read');
      if (!locked || !isOpenForOffers(locked, todayInJapan())) throw conflict(needMessages.needTakesNoOffers);
      const existing = await this.offers.findByNeedAndNpo(need.id, npoId, manager);
      let offerId: string;
      if (existing && existing.status !== 'WITHDRAWN' && existing.status !== 'EXPIRED') {
        throw conflict(needMessages.alreadyOffered);
      } else if (existing) {
        // Offering again after a withdrawal, or after the group let it close unanswered, re-opens the same thread.
        await this.offers.reopen(existing.id, text, user.id, manager);
        offerId = existing.id;
      } else {
        const saved = await this.offers.create(manager, { needId: need.id, npoId, createdBy: user.id, message: text });
        offerId = saved.id;
      }
      const npo = await this.npos.findById(npoId, manager);
      if (!npo) throw notFound(needMessages.npoNotFound);
      await this.notifier.notify(manager, await this.memberships.groupMemberIds(locked.groupId, manager), {
        notice: 'offerReceived',
        params: { npo: npo.name, need: locked.title },
        link: `/offers/${offerId}`,
      });
      await this.hooks.made(manager, { offerId, needId: need.id, npoId });
      return offerId;
    });
    return this.views.get(id, user);
  }

  /**
   * The group's answer. `taken` is an answer that came by phone or on paper, typed in by those who
   * act for the group (see PaperReplyService); otherwise a proxy's answer is marked as theirs.
   */
  async respond(
    user: AuthenticatedUser,
    offerId: string,
    accept: boolean,
    taken?: Omit<StoredProxyEntry, 'userId'>,
  ): Promise<Offer> {
    const m = await this.memberships.load(user.id);
    await this.dataSource.transaction(async (manager) => {
      const row = await this.views.locked(manager, offerId);
      if (!policies.canSeeOffer(user, m, policyFacts(row))) throw notFoundOffer();
      if (!policies.canRespondToOffer(user, m, policyFacts(row))) throw forbiddenError(needMessages.notAllowed);
      if (taken && !policies.canRecordPaperReply(user, m, policyFacts(row))) {
        throw forbiddenError(needMessages.notAllowed);
      }
      const proxy = taken ? { ...taken, userId: user.id } : storedProxy(m, row.groupId, user.id);
      // A group staff refused (also after approving it) no longer takes up help.
      if (accept && row.groupStatus !== 'VERIFIED') throw forbiddenError(needMessages.groupRefusedAccept);
      if (row.offer.status === 'EXPIRED') throw conflict(needMessages.offerExpired);
      if (row.offer.status !== 'PENDING') throw conflict(needMessages.offerAnswered);
      await this.offers.decide(offerId, accept ? 'ACCEPTED' : 'DECLINED', user.id, manager, proxy);
      if (proxy) {
        const action = accept ? 'offer.accepted' : 'offer.declined';
        await this.audit.record(proxyAuditEntry(proxy, action, { type: 'offer', id: offerId }, row.groupId), manager);
      }
      if (accept) {
        await this.needRows.markMatched(row.offer.needId, manager);
        await enqueueSearchUpdates(manager, NEED_INDEX, [row.offer.needId]);
      }
      await this.hooks.decided(manager, {
        offerId,
        needId: row.offer.needId,
        npoId: row.offer.npoId,
        accepted: accept,
      });
      await this.notifier.notify(manager, await this.memberships.npoMemberIds(row.offer.npoId, manager), {
        notice: accept ? 'offerAccepted' : 'offerDeclined',
        params: { group: row.groupName, need: row.needTitle },
        link: `/offers/${offerId}`,
      });
    });
    return this.views.get(offerId, user);
  }

  async withdraw(user: AuthenticatedUser, offerId: string): Promise<Offer> {
    const m = await this.memberships.load(user.id);
    await this.dataSource.transaction(async (manager) => {
      const row = await this.views.locked(manager, offerId);
      if (!policies.canSeeOffer(user, m, policyFacts(row))) throw notFoundOffer();
      if (!policies.canActForNpo(user, m, row.offer.npoId)) throw forbiddenError(needMessages.notAllowed);
      if (row.offer.status === 'EXPIRED') throw conflict(needMessages.offerExpiredWithdraw);
      if (row.offer.status !== 'PENDING') throw conflict(needMessages.withdrawAfterAnswer);
      await this.offers.decide(offerId, 'WITHDRAWN', null, manager);
    });
    return this.views.get(offerId, user);
  }

  /** A group asks a suggested NPO to offer: the NPO's members are told in the app and by mail. */
  async inviteNpo(user: AuthenticatedUser, needId: string, npoId: string): Promise<boolean> {
    const need = await this.needs.find(needId, user);
    const m = await this.memberships.load(user.id);
    if (!policies.canEditNeed(user, m, need)) throw forbiddenError(needMessages.notAllowed);
    if (!isOpenForOffers(need, todayInJapan())) throw conflict(needMessages.inviteOnlyOpen);
    return this.dataSource.transaction(async (manager) => {
      const npo = UUID.test(npoId) ? await this.npos.findActive(npoId, manager) : null;
      if (!npo) throw notFound(needMessages.npoNotFound);
      const members = await this.memberships.npoMemberIds(npoId, manager);
      if (members.length === 0) throw conflict(needMessages.npoNotHere);
      // Inviting twice tells the NPO once.
      if (!(await this.invitations.add(needId, npoId, user.id, manager))) return false;
      const group = await this.needs.groupOfNeed(need, manager);
      await this.notifier.notify(manager, members, {
        notice: 'invitation',
        params: { group: group.name, need: need.title, npo: npo.name },
        link: `/needs/${needId}`,
      });
      return true;
    });
  }

  get(offerId: string, user: AuthenticatedUser | undefined): Promise<Offer> {
    return this.views.get(offerId, user);
  }

  forNeed(needId: string, user: AuthenticatedUser | undefined): Promise<Offer[]> {
    return this.views.forNeed(needId, user);
  }

  mine(user: AuthenticatedUser): Promise<Offer[]> {
    return this.views.mine(user);
  }
}
