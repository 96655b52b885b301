import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  AuditLogService,
  type AuthenticatedUser,
  GroupDirectory,
  MembershipService,
  PeopleDirectory,
  type StoredProxyEntry,
  policies,
  proxyAuditEntry,
  proxyEntry,
  storedProxy,
} from '@tsunagu/accounts/api';
import { Notifier } from '@tsunagu/notifications/api';
import { NpoLookup } from '@tsunagu/npo/api';
import { badUserInput, forbiddenError } from '@tsunagu/shared/api-core';
import { needMessages } from '../needs.messages';
import { type Offer, type OfferContacts, type OfferMessage, OfferSide } from './offer.model';
import { OfferMessageRepository } from './offer-message.repository';
import { OfferRepository } from './offer.repository';
import { OfferViews, notFoundOffer, policyFacts } from './offer-views.service';

/** The conversation on an offer, who has read it, and the moment contacts are revealed. */
@Injectable()
export class OfferThreadService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly memberships: MembershipService,
    private readonly offers: OfferRepository,
    private readonly messagesRepo: OfferMessageRepository,
    private readonly views: OfferViews,
    private readonly groups: GroupDirectory,
    private readonly people: PeopleDirectory,
    private readonly npos: NpoLookup,
    private readonly notifier: Notifier,
    private readonly audit: AuditLogService,
  ) {}

  /** `taken`: a message the officer gave by phone or on paper, written down by those acting for the group. */
  async sendMessage(
    user: AuthenticatedUser,
    offerId: string,
    body: string,
    taken?: Omit<StoredProxyEntry, 'userId'>,
  ): Promise<OfferMessage> {
    const text = body.trim();
    if (text.length === 0 || text.length > 4000) throw badUserInput(needMessages.messageLength, 'body');
    const m = await this.memberships.load(user.id);
    return this.dataSource.transaction(async (manager) => {
      const row = await this.views.locked(manager, offerId);
      if (!policies.canSeeOffer(user, m, policyFacts(row))) throw notFoundOffer();
      if (!policies.canWriteOnOffer(user, m, policyFacts(row))) throw forbiddenError(needMessages.cannotWriteOnOffer);
      if (taken && !policies.canRecordPaperReply(user, m, policyFacts(row))) {
        throw forbiddenError(needMessages.cannotWriteOnOffer);
      }
      const side = m.groups.has(row.groupId) ? 'GROUP' : 'NPO';
      const proxy =
        side === 'GROUP' ? (taken ? { ...taken, userId: user.id } : storedProxy(m, row.groupId, user.id)) : null;
      const saved = await this.messagesRepo.add(manager, {
        offerId,
        senderId: user.id,
        senderSide: side,
        body: text,
        enteredByProxy: proxy,
      });
      if (proxy) {
        await this.audit.record(
          proxyAuditEntry(proxy, 'message.sent', { type: 'offer', id: offerId }, row.groupId),
          manager,
        );
      }
      await this.offers.markRead(offerId, user.id, manager);
      const recipients =
        side === 'GROUP'
          ? await this.memberships.npoMemberIds(row.offer.npoId, manager)
          : await this.memberships.groupMemberIds(row.groupId, manager);
      const npo = await this.npos.findById(row.offer.npoId, manager);
      await this.notifier.notify(manager, recipients, {
        notice: 'message',
        params: {
          sender: (side === 'GROUP' ? row.groupName : npo?.name) ?? '',
          need: row.needTitle,
          text: text.length > 200 ? `${text.slice(0, 200)}…` : text,
        },
        link: `/offers/${offerId}`,
      });
      return {
        id: saved.id,
        body: text,
        senderSide: side as OfferSide,
        senderName: user.displayName,
        mine: true,
        createdAt: saved.createdAt,
        enteredByProxy: proxyEntry(proxy),
      };
    });
  }

  async markOfferRead(user: AuthenticatedUser, offerId: string): Promise<Offer> {
    const offer = await this.views.get(offerId, user);
    await this.offers.markRead(offerId, user.id);
    return { ...offer, unreadCount: 0 };
  }

  async messages(offerId: string, user: AuthenticatedUser | undefined): Promise<OfferMessage[]> {
    await this.views.get(offerId, user);
    const rows = await this.messagesRepo.onOffer(offerId);
    const names = await this.people.displayNames(rows.flatMap((r) => (r.senderId ? [r.senderId] : [])));
    return rows.map((r) => ({
      id: r.id,
      body: r.body,
      senderSide: r.senderSide as OfferSide,
      senderName: (r.senderId ? names.get(r.senderId) : undefined) ?? '（退会した人）',
      mine: !!user && r.senderId === user.id,
      createdAt: r.createdAt,
      enteredByProxy: proxyEntry(r.enteredByProxy),
    }));
  }

  /** Contact details of both sides, or null: the privacy rule of the accounts issue. */
  async contacts(offerId: string, user: AuthenticatedUser | undefined): Promise<OfferContacts | null> {
    const row = await this.views.facts(offerId);
    const m = await this.memberships.load(user?.id);
    if (!row || !policies.canSeeOfferContacts(user, m, policyFacts(row))) return null;
    const [group, people, npoContact] = await Promise.all([
      this.groups.contacts(row.groupId),
      this.people.npoPeople(row.offer.npoId),
      this.npos.contactForGroups(row.offer.npoId),
    ]);
    if (!group) return null;
    return {
      groupName: group.name,
      groupRepresentative: group.representativeName,
      groupPhone: group.contactPhone,
      groupEmail: group.contactEmail,
      npoPeople: people.map((p) => ({ name: p.name, email: p.email })),
      npoContact,
    };
  }
}
