import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  type AuthenticatedUser,
  GroupDirectory,
  type Memberships,
  MembershipService,
  policies,
  proxyEntry,
  proxyFor,
} from '@tsunagu/accounts/api';
import { type Npo, NpoLookup, toNpoModel } from '@tsunagu/npo/api';
import { APP_CONFIG, type AppConfig, currentLanguage, notFound } from '@tsunagu/shared/api-core';
import type { OfferEntity } from '../entities/offer.entity';
import { needMessages } from '../needs.messages';
import { NeedRepository } from '../needs/need.repository';
import { type Offer, type OfferCloseReason, OfferSide, type OfferStatus } from './offer.model';
import { offerStatusNote } from './offer-status-words';
import { OfferRepository } from './offer.repository';
import { replyDeadline } from '@tsunagu/shared/util';

export const UUID = /^[0-9a-f-]{36}$/i;
export const notFoundOffer = () => notFound(needMessages.offerNotFound);

/** An offer with what the rules and the views need of its need and group. */
export interface OfferFacts {
  readonly offer: OfferEntity;
  readonly groupId: string;
  readonly needTitle: string;
  readonly groupName: string;
  readonly groupStatus: string;
}

export const policyFacts = (row: OfferFacts) => ({
  groupId: row.groupId,
  npoId: row.offer.npoId,
  status: row.offer.status,
});

/** Offers as a caller sees them, and the facts every offer rule decides on. */
@Injectable()
export class OfferViews {
  constructor(
    private readonly offers: OfferRepository,
    private readonly needs: NeedRepository,
    private readonly groups: GroupDirectory,
    private readonly npos: NpoLookup,
    private readonly memberships: MembershipService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The offers with their need's title and group (an offer always has both: foreign keys). */
  async factsOf(offers: readonly OfferEntity[], manager?: EntityManager): Promise<OfferFacts[]> {
    if (offers.length === 0) return [];
    const needs = new Map(
      (
        await this.needs.byIds(
          offers.map((o) => o.needId),
          manager,
        )
      ).map((n) => [n.id, n]),
    );
    const groups = await this.groups.byIds(
      [...needs.values()].map((n) => n.groupId),
      manager,
    );
    return offers.flatMap((offer) => {
      const need = needs.get(offer.needId);
      const group = need && groups.get(need.groupId);
      return need && group
        ? [{ offer, groupId: need.groupId, needTitle: need.title, groupName: group.name, groupStatus: group.status }]
        : [];
    });
  }

  /** The offer locked for the caller's transaction, with its facts; NOT_FOUND when there is none. */
  async locked(manager: EntityManager, offerId: string): Promise<OfferFacts> {
    if (!UUID.test(offerId)) throw notFoundOffer();
    const offer = await this.offers.lock(offerId, manager);
    const [row] = offer ? await this.factsOf([offer], manager) : [];
    if (!row) throw notFoundOffer();
    return row;
  }

  async facts(offerId: string): Promise<OfferFacts | undefined> {
    if (!UUID.test(offerId)) return undefined;
    const offer = await this.offers.findById(offerId);
    return offer ? (await this.factsOf([offer]))[0] : undefined;
  }

  async get(offerId: string, user: AuthenticatedUser | undefined): Promise<Offer> {
    if (!UUID.test(offerId)) throw notFoundOffer();
    const row = await this.facts(offerId);
    const m = await this.memberships.load(user?.id);
    if (!row || !policies.canSeeOffer(user, m, policyFacts(row))) throw notFoundOffer();
    const [offer] = await this.toModels([row], user, m);
    return offer;
  }

  /** The offers on a need the caller may see: all for the group and staff, its own for an NPO. */
  async forNeed(needId: string, user: AuthenticatedUser | undefined): Promise<Offer[]> {
    if (!user) return [];
    const m = await this.memberships.load(user.id);
    const rows = await this.factsOf(await this.offers.onNeed(needId));
    return this.toModels(
      rows.filter((row) => policies.canSeeOffer(user, m, policyFacts(row))),
      user,
      m,
    );
  }

  /** Offers made by the NPOs I belong to, newest first. */
  async mine(user: AuthenticatedUser): Promise<Offer[]> {
    const m = await this.memberships.load(user.id);
    if (m.npos.size === 0) return [];
    return this.toModels(await this.factsOf(await this.offers.ofNpos([...m.npos], 200)), user, m);
  }

  private async toModels(rows: OfferFacts[], user: AuthenticatedUser | undefined, m: Memberships): Promise<Offer[]> {
    if (rows.length === 0) return [];
    const ids = rows.map((r) => r.offer.id);
    const [npos, unreadOf] = await Promise.all([
      this.npoModels(rows.map((r) => r.offer.npoId)),
      user ? this.offers.unreadCounts(ids, user.id) : Promise.resolve(new Map<string, number>()),
    ]);
    return rows.flatMap((row) => {
      const npo = npos.get(row.offer.npoId);
      return npo ? [{ ...this.offerFields(row, m, unreadOf.get(row.offer.id) ?? 0), npo }] : [];
    });
  }

  private offerFields(row: OfferFacts, m: Memberships, unreadCount: number): Omit<Offer, 'npo'> {
    const { offer } = row;
    const viewerSide = m.groups.has(row.groupId)
      ? OfferSide.GROUP
      : m.npos.has(offer.npoId)
        ? OfferSide.NPO
        : OfferSide.STAFF;
    const { closeDays } = this.config.outreach;
    return {
      id: offer.id,
      needId: offer.needId,
      needTitle: row.needTitle,
      groupName: row.groupName,
      groupId: row.groupId,
      message: offer.message,
      status: offer.status as OfferStatus,
      viewerSide,
      unreadCount,
      createdAt: offer.createdAt,
      decidedAt: offer.decidedAt,
      closeReason: offer.closeReason as OfferCloseReason | null,
      remindedAt: offer.remindedAt,
      replyBy: offer.status === 'PENDING' ? replyDeadline(offer.createdAt, closeDays) : null,
      statusNote: offerStatusNote(offer, viewerSide, closeDays, currentLanguage()),
      answeredByProxy: proxyEntry(offer.answeredByProxy),
      viewerActsAs: proxyEntry(proxyFor(m, row.groupId)),
    };
  }

  private async npoModels(ids: string[]): Promise<Map<string, Npo>> {
    const rows = await this.npos.byIds(ids);
    // Every NPO that offered has a member: it is claimed.
    return new Map([...rows.values()].map((row) => [row.id, toNpoModel(row, this.config.cityName, true)]));
  }
}
