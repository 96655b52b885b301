import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { type AuthenticatedUser, MembershipService, forbidden, policies } from '@tsunagu/accounts/api';
import { MatchingService, inLanguage } from '@tsunagu/matching/api';
import { Notifier } from '@tsunagu/notifications/api';
import { NpoNamesRepository } from '@tsunagu/npo/api';
import { conflict, currentLanguage, notFound } from '@tsunagu/shared/api-core';
import { MarcheApplicationRepository } from '../applications/marche-application.repository';
import { MarcheEventRepository } from '../events/marche-event.repository';
import { marcheMessages } from '../marche.messages';
import { MarcheInvitationRepository } from './marche-invitation.repository';
import type { MarcheInvitationCandidate } from './marche-outreach.model';

/**
 * Bringing the right NPOs to the marché: staff invite those that fit the groups' open needs
 * (ranked by the matching engine).
 */
@Injectable()
export class MarcheInvitationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly matching: MatchingService,
    private readonly memberships: MembershipService,
    private readonly notifier: Notifier,
    private readonly npoNames: NpoNamesRepository,
    private readonly eventRows: MarcheEventRepository,
    private readonly applicationRows: MarcheApplicationRepository,
    private readonly invitations: MarcheInvitationRepository,
  ) {}

  async candidates(staff: AuthenticatedUser, eventId: string, limit: number): Promise<MarcheInvitationCandidate[]> {
    if (!policies.canManageMarche(staff)) throw forbidden();
    const applied = await this.applicationRows.liveNpoIds(eventId);
    const ranked = await this.matching.rankNposForOpenNeeds(new Set(applied), limit);
    if (ranked.length === 0) return [];
    const ids = ranked.map((r) => r.npoId);
    const [npos, invited, members] = await Promise.all([
      this.npoNames.byIds(ids),
      this.invitations.invitedAmong(eventId, ids),
      Promise.all(ids.map((id) => this.memberships.npoMemberIds(id))),
    ]);
    const claimed = new Set(ids.filter((_, i) => members[i].length > 0));
    return ranked.flatMap((r) => {
      const npo = npos.get(r.npoId);
      return npo
        ? [
            {
              npoId: r.npoId,
              npoName: npo.name,
              ward: npo.ward,
              score: r.score,
              reasons: inLanguage(r.reasons, currentLanguage()),
              claimed: claimed.has(r.npoId),
              invited: invited.has(r.npoId),
            },
          ]
        : [];
    });
  }

  /** One click: the NPO's members are told in the app and by mail (once per event). */
  async invite(staff: AuthenticatedUser, eventId: string, npoId: string): Promise<boolean> {
    if (!policies.canManageMarche(staff)) throw forbidden();
    return this.dataSource.transaction(async (manager) => {
      const event = await this.eventRows.findById(eventId, manager);
      if (!event) throw notFound(marcheMessages.eventNotFound);
      const members = await this.memberships.npoMemberIds(npoId, manager);
      if (members.length === 0) throw conflict(marcheMessages.npoNotHere);
      if (!(await this.invitations.add(eventId, npoId, staff.id, manager))) return false;
      await this.notifier.notify(manager, members, {
        notice: 'marcheInvitation',
        params: { event: event.name, date: event.eventDate, venue: event.venue, until: event.applyUntil },
        link: `/marche/${eventId}`,
      });
      return true;
    });
  }
}
