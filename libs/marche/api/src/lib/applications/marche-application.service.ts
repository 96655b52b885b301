import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { type AuthenticatedUser, MembershipService, forbidden, policies } from '@tsunagu/accounts/api';
import { Notifier } from '@tsunagu/notifications/api';
import { NpoNamesRepository } from '@tsunagu/npo/api';
import {
  badUserInput,
  conflict,
  forbiddenError,
  isConcurrencyFailure,
  isUniqueViolation,
  notFound,
} from '@tsunagu/shared/api-core';
import { MarcheEventService } from '../events/marche-event.service';
import { marcheMessages } from '../marche.messages';
import {
  type ApplyToMarcheInput,
  type MarcheApplication,
  MarcheApplicationStatus,
  type UpdateMarcheApplicationInput,
} from './marche-application.model';
import { type ApplicationView, MarcheApplicationRepository } from './marche-application.repository';
import { MarcheWaitlist } from './marche-waitlist';

const UUID = /^[0-9a-f-]{36}$/i;
const applicationNotFound = () => notFound(marcheMessages.applicationNotFound);
const alreadyApplied = () => conflict(marcheMessages.alreadyApplied);
export const applicationClosed = () => conflict(marcheMessages.applicationClosed);

/** NPOs' applications to a marché: capacity and waitlist kept right under concurrency. */
@Injectable()
export class MarcheApplicationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly applicationRows: MarcheApplicationRepository,
    private readonly events: MarcheEventService,
    private readonly waitlist: MarcheWaitlist,
    private readonly memberships: MembershipService,
    private readonly npoNames: NpoNamesRepository,
    private readonly notifier: Notifier,
  ) {}

  /** A claimed NPO applies: PENDING while the type has room, else WAITLISTED with the next position. */
  async apply(user: AuthenticatedUser, input: ApplyToMarcheInput): Promise<MarcheApplication> {
    const m = await this.memberships.load(user.id);
    if (!policies.canActForNpo(user, m, input.npoId)) throw forbiddenError(marcheMessages.notNpoMember);
    const event = await this.events.event(input.eventId);
    if (!event.open) throw conflict(marcheMessages.notOpen);
    const type = event.boothTypes.find((t) => t.code === input.boothType);
    if (!type) throw badUserInput(marcheMessages.chooseBoothType, 'boothType');
    if (!input.consentPublish) throw badUserInput(marcheMessages.consentRequired, 'consentPublish');
    const id = await this.dataSource
      .transaction(async (manager) => {
        const locked = await this.waitlist.lockBoothType(type.id, manager);
        if (await this.applicationRows.liveOf(event.id, input.npoId, manager)) throw alreadyApplied();
        const place = await this.waitlist.placeFor(locked, manager);
        return this.applicationRows.insert(
          {
            eventId: event.id,
            boothTypeId: type.id,
            npoId: input.npoId,
            title: input.title.trim(),
            description: input.description.trim(),
            staffCount: input.staffCount,
            needsPower: input.needsPower,
            needsWater: input.needsWater,
            tables: input.tables,
            wishFields: input.wishFields,
            wishText: input.wishText?.trim() || null,
            answers: input.answers,
            consentPublish: input.consentPublish,
            status: place.status,
            waitlistPosition: place.position,
            createdBy: user.id,
          },
          manager,
        );
      })
      .catch((error: unknown) => {
        // The lock above is per booth type: two applications of one NPO to two types race past the
        // check, and the one-per-NPO index refuses the later one. That is the same answer.
        if (isUniqueViolation(error, 'marche_application_one_per_npo') || isConcurrencyFailure(error))
          throw alreadyApplied();
        throw error;
      });
    return this.application(id, user);
  }

  /** The NPO changes what it will show until the application period ends (not the booth type). */
  async update(user: AuthenticatedUser, id: string, input: UpdateMarcheApplicationInput): Promise<MarcheApplication> {
    const current = await this.application(id, user);
    const m = await this.memberships.load(user.id);
    if (!policies.canActForNpo(user, m, current.npoId)) throw forbidden();
    const event = await this.events.event(current.eventId);
    if (!event.open) throw conflict(marcheMessages.periodOver);
    if (current.status === 'WITHDRAWN' || current.status === 'REJECTED') throw applicationClosed();
    await this.applicationRows.change(id, {
      title: input.title?.trim() ?? undefined,
      description: input.description?.trim() ?? undefined,
      staffCount: input.staffCount ?? undefined,
      needsPower: input.needsPower ?? undefined,
      needsWater: input.needsWater ?? undefined,
      tables: input.tables ?? undefined,
      wishText: input.wishText !== undefined ? input.wishText?.trim() || null : undefined,
    });
    return this.application(id, user);
  }

  async withdraw(user: AuthenticatedUser, id: string): Promise<MarcheApplication> {
    await this.change(user, id, 'npo', async (row, manager) => {
      if (row.status === 'WITHDRAWN' || row.status === 'REJECTED') throw applicationClosed();
      await this.applicationRows.withdraw(id, manager);
    });
    return this.application(id, user);
  }

  /**
   * Runs a change on an application with its booth type locked; when the change frees a place,
   * the first on the waitlist is promoted and told.
   */
  async change(
    user: AuthenticatedUser,
    id: string,
    as: 'npo' | 'staff',
    apply: (row: ApplicationView, manager: EntityManager) => Promise<void>,
  ): Promise<void> {
    if (!UUID.test(id)) throw applicationNotFound();
    const peek = await this.applicationRows.view(id);
    if (!peek) throw applicationNotFound();
    const m = await this.memberships.load(user.id);
    if (as === 'npo' && !policies.canActForNpo(user, m, peek.npoId)) {
      if (policies.isStaff(user)) throw forbidden();
      throw applicationNotFound();
    }
    await this.dataSource.transaction(async (manager) => {
      const type = await this.waitlist.lockBoothType(peek.boothTypeId, manager);
      const row = (await this.applicationRows.view(id, manager)) as ApplicationView;
      await apply(row, manager);
      const promoted = await this.waitlist.promoteAndCompact(type, manager);
      if (promoted) {
        const next = (await this.applicationRows.view(promoted, manager)) as ApplicationView;
        await this.notifier.notify(manager, await this.memberships.npoMemberIds(next.npoId, manager), {
          notice: 'marchePromoted',
          params: { event: next.eventName, title: next.title },
          link: `/marche/applications/${next.id}`,
        });
      }
    });
  }

  /** The application as its NPO's members and staff see it (NOT_FOUND for anyone else). */
  async application(id: string, user: AuthenticatedUser): Promise<MarcheApplication> {
    const row = UUID.test(id) ? await this.applicationRows.view(id) : null;
    const m = await this.memberships.load(user.id);
    if (!row || !(policies.canManageMarche(user) || policies.canActForNpo(user, m, row.npoId)))
      throw applicationNotFound();
    return (await this.withNames([row]))[0];
  }

  /** The row behind an application, for staff's messages (NOT_FOUND when there is none). */
  async viewOf(id: string): Promise<ApplicationView> {
    const row = UUID.test(id) ? await this.applicationRows.view(id) : null;
    if (!row) throw applicationNotFound();
    return row;
  }

  /** Staff: every application of an event; NPO members: their NPOs' own. */
  async applications(eventId: string, user: AuthenticatedUser): Promise<MarcheApplication[]> {
    const rows = await this.applicationRows.viewsOfEvent(eventId);
    if (policies.canManageMarche(user)) return this.withNames(rows);
    const m = await this.memberships.load(user.id);
    return this.withNames(rows.filter((r) => m.npos.has(r.npoId)));
  }

  private async withNames(rows: ApplicationView[]): Promise<MarcheApplication[]> {
    const names = await this.npoNames.byIds(rows.map((r) => r.npoId));
    return rows.map((r) => ({
      id: r.id,
      eventId: r.eventId,
      npoId: r.npoId,
      npoName: names.get(r.npoId)?.name ?? '',
      boothType: r.boothCode,
      title: r.title,
      description: r.description,
      status: r.status as MarcheApplicationStatus,
      waitlistPosition: r.waitlistPosition,
      reviewReason: r.reviewReason,
      createdAt: r.createdAt,
    }));
  }
}
