import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import {
  AuditLogService,
  type AuthenticatedUser,
  type GroupFacts,
  GroupDirectory,
  type Memberships,
  MembershipService,
  policies,
  proxyAuditEntry,
  proxyEntry,
  storedProxy,
} from '@tsunagu/accounts/api';
import { enqueueSearchUpdates } from '@tsunagu/search/api';
import { ErrorCode, badUserInput, contractError, forbiddenError, notFound } from '@tsunagu/shared/api-core';
import { suggestFields, todayInJapan } from '@tsunagu/shared/util';
import type { NeedEntity, NeedStatusValue } from '../entities/need.entity';
import { needMessages } from '../needs.messages';
import { OfferRepository } from '../offers/offer.repository';
import { NEED_INDEX } from '../search/need-search-index';
import { canMove, isEditable, publishProblem } from './need-lifecycle';
import { NeedRepository } from './need.repository';
import { isOpenForOffers } from './open-needs';
import {
  type Honorarium,
  type Need,
  type NeedDraftFields,
  type NeedGroup,
  NeedOutcome,
  type NeedStatus,
  type PostNeedInput,
} from './need.model';

const UUID = /^[0-9a-f-]{36}$/i;

export interface StaffNeedsFilter {
  readonly statuses?: readonly string[] | null;
  readonly ward?: string | null;
  readonly unansweredOnly?: boolean;
  readonly limit?: number;
}
const notFoundNeed = () => notFound(needMessages.needNotFound);
/** Staff refused the group (also after approving it): its members no longer write or publish. */
const groupRefused = (what: 'write' | 'edit' | 'publish') =>
  forbiddenError(
    what === 'write'
      ? needMessages.groupRefusedWrite
      : what === 'edit'
        ? needMessages.groupRefusedEdit
        : needMessages.groupRefusedPublish,
  );

type GroupRow = GroupFacts;

/** An open need (see open-needs) with the name of its group, for matching and the marché outreach. */
export interface OpenNeed {
  readonly need: NeedEntity;
  readonly groupName: string;
}

/** Needs: writing, publishing, closing, hiding, and who may see each. */
@Injectable()
export class NeedService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly memberships: MembershipService,
    private readonly audit: AuditLogService,
    private readonly groups: GroupDirectory,
    private readonly repository: NeedRepository,
    private readonly offers: OfferRepository,
  ) {}

  /** Several needs as this caller sees them (one query for groups, one for offer counts). */
  async views(needs: NeedEntity[], user: AuthenticatedUser | undefined, m?: Memberships): Promise<Need[]> {
    if (needs.length === 0) return [];
    const mine = m ?? (await this.memberships.load(user?.id));
    const ids = needs.map((n) => n.id);
    const [groups, countOf] = await Promise.all([
      this.groups.byIds(needs.map((n) => n.groupId)),
      this.offers.countsOnNeeds(ids),
    ]);
    return needs.flatMap((need) => {
      const group = groups.get(need.groupId);
      // A need always has its group (foreign key, cascade); this only satisfies the type.
      if (!group) return [];
      const canEdit = policies.canEditNeed(user, mine, need);
      const showModeration = canEdit || policies.isStaff(user);
      return [
        {
          id: need.id,
          title: need.title,
          description: need.description,
          fields: need.fields,
          helpKind: need.helpKind,
          ward: need.ward,
          place: need.place,
          startsOn: need.startsOn,
          endsOn: need.endsOn,
          peopleNeeded: need.peopleNeeded,
          honorarium: need.honorarium as Honorarium,
          deadline: need.deadline,
          status: need.status as NeedStatus,
          hidden: !!need.hiddenAt,
          hiddenReason: showModeration ? need.hiddenReason : null,
          report: need.report,
          template: need.template,
          group: { id: group.id, name: group.name, kind: group.kind, ward: group.ward, area: group.area } as NeedGroup,
          offerCount: countOf.get(need.id) ?? 0,
          viewerCanEdit: canEdit,
          createdAt: need.createdAt,
          publishedAt: need.publishedAt,
          enteredByProxy: proxyEntry(need.enteredByProxy),
        },
      ];
    });
  }

  async view(need: NeedEntity, user: AuthenticatedUser | undefined): Promise<Need> {
    const [view] = await this.views([need], user);
    return view;
  }

  /** Needs by id (in no order), for callers that ranked or listed ids. */
  byIds(ids: readonly string[]): Promise<NeedEntity[]> {
    return this.repository.byIds(ids);
  }

  /** Every open need of a verified group on `today`: the one list matching and the marché use. */
  async openNeeds(today = todayInJapan()): Promise<OpenNeed[]> {
    const needs = await this.repository.openOn(today);
    const groups = await this.groups.byIds(needs.map((n) => n.groupId));
    return needs.flatMap((need) => {
      const group = groups.get(need.groupId);
      return group?.status === 'VERIFIED' && isOpenForOffers(need, today) ? [{ need, groupName: group.name }] : [];
    });
  }

  /** The group of a need (a need always has one: foreign key). */
  async groupOfNeed(need: NeedEntity, manager?: EntityManager): Promise<GroupFacts> {
    const group = await this.groupOf(need.groupId, manager);
    if (!group) throw notFoundNeed();
    return group;
  }

  private async groupOf(groupId: string, manager?: EntityManager): Promise<GroupRow | undefined> {
    return (await this.groups.byIds([groupId], manager)).get(groupId);
  }

  /** The need if this caller may see it; NOT_FOUND otherwise (so hidden ones do not leak). */
  async find(id: string, user: AuthenticatedUser | undefined): Promise<NeedEntity> {
    const need = UUID.test(id) ? await this.repository.findById(id) : null;
    if (!need) throw notFoundNeed();
    const m = await this.memberships.load(user?.id);
    const group = await this.groupOf(need.groupId);
    const offered = await this.offers.anyFrom(need.id, [...m.npos]);
    const facts = {
      groupId: need.groupId,
      status: need.status,
      hidden: !!need.hiddenAt,
      groupVerified: group?.status === 'VERIFIED',
    };
    if (!policies.canSeeNeed(user, m, facts, offered)) throw notFoundNeed();
    return need;
  }

  /** The needs of every group I belong to, newest first. */
  async mine(user: AuthenticatedUser): Promise<NeedEntity[]> {
    const m = await this.memberships.load(user.id);
    if (m.groups.size === 0) return [];
    return this.repository.ofGroups([...m.groups.keys()]);
  }

  /**
   * Staff's overview: every need others can or could see (not drafts), hidden ones included,
   * newest first, optionally only those still without any offer.
   */
  async forStaff(filter: StaffNeedsFilter): Promise<NeedEntity[]> {
    const statuses = (
      filter.statuses?.length ? filter.statuses : ['PUBLISHED', 'MATCHED', 'DONE', 'CANCELLED', 'EXPIRED']
    ).filter((s) => s !== 'DRAFT');
    if (statuses.length === 0) return [];
    return this.repository.forStaff({
      statuses,
      ward: filter.ward,
      unansweredOnly: filter.unansweredOnly,
      limit: Math.min(filter.limit ?? 500, 2_000),
    });
  }

  async post(user: AuthenticatedUser, input: PostNeedInput): Promise<NeedEntity> {
    const m = await this.memberships.load(user.id);
    if (!policies.canEditNeed(user, m, { groupId: input.groupId })) {
      throw forbiddenError(needMessages.notGroupMember);
    }
    const group = await this.groupOf(input.groupId);
    if (!group) throw notFound(needMessages.groupNotFound);
    if (group.status === 'REJECTED') throw groupRefused('write');
    // A group not verified yet keeps the officer's text as a draft and says so (see below).
    const publishNow = input.publish && group.status === 'VERIFIED';
    const saved = await this.dataSource.transaction(async (manager) => {
      const need = this.repository.create(manager, {
        groupId: group.id,
        createdBy: user.id,
        title: '',
        description: '',
        fields: [],
        helpKind: 'VOLUNTEERS',
        ward: group.ward,
        place: group.area,
        honorarium: 'NONE',
        status: 'DRAFT',
        template: null,
        startsOn: null,
        endsOn: null,
        peopleNeeded: null,
        deadline: null,
      });
      applyDraftFields(need, input);
      need.enteredByProxy = storedProxy(m, group.id, user.id);
      // Fields are suggested from the words when the officer has not chosen any.
      if (input.fields == null) need.fields = suggestFields(`${need.title} ${need.description}`);
      if (publishNow) {
        this.publishChecks(need, group);
        need.status = 'PUBLISHED';
        need.publishedAt = new Date();
      }
      const draft = await this.repository.save(need, manager);
      await enqueueSearchUpdates(manager, NEED_INDEX, [draft.id]);
      if (need.enteredByProxy) {
        const action = publishNow ? 'need.published' : 'need.drafted';
        await this.audit.record(
          proxyAuditEntry(need.enteredByProxy, action, { type: 'need', id: draft.id }, group.id),
          manager,
        );
      }
      return draft;
    });
    if (input.publish && !publishNow) {
      // The draft is committed: the refusal tells the truth and where to find it.
      throw contractError(ErrorCode.FORBIDDEN, needMessages.groupUnverifiedDraftSaved, {
        needId: saved.id,
        status: 'DRAFT',
      });
    }
    return saved;
  }

  async update(user: AuthenticatedUser, id: string, input: NeedDraftFields): Promise<NeedEntity> {
    return this.changeOwned(user, id, 'need.edited', async (need, manager, group) => {
      if (!isEditable(need.status)) {
        throw contractError(ErrorCode.CONFLICT, needMessages.needClosed);
      }
      if (group?.status === 'REJECTED') throw groupRefused('edit');
      applyDraftFields(need, input);
      if (need.status === 'PUBLISHED' || need.status === 'MATCHED') this.publishChecks(need, group);
      return this.repository.save(need, manager);
    });
  }

  async publish(user: AuthenticatedUser, id: string): Promise<NeedEntity> {
    return this.changeOwned(user, id, 'need.published', async (need, manager, group) => {
      this.move(need, 'PUBLISHED');
      this.publishChecks(need, group);
      need.publishedAt = new Date();
      return this.repository.save(need, manager);
    });
  }

  async close(user: AuthenticatedUser, id: string, outcome: NeedOutcome, report: string | null): Promise<NeedEntity> {
    return this.changeOwned(user, id, 'need.closed', async (need, manager) => {
      this.move(need, outcome === NeedOutcome.DONE ? 'DONE' : 'CANCELLED');
      need.report = report?.trim() || null;
      need.closedAt = new Date();
      return this.repository.save(need, manager);
    });
  }

  /** Staff hide an abusive post (or show it again); the group sees the reason. */
  async setHidden(staff: AuthenticatedUser, id: string, hidden: boolean, reason: string | null): Promise<NeedEntity> {
    if (!policies.canHideNeed(staff)) throw forbiddenError(needMessages.notAllowed);
    return this.dataSource.transaction(async (manager) => {
      const need = await this.repository.lock(id, manager, 'pessimistic_write');
      if (!need) throw notFoundNeed();
      need.hiddenAt = hidden ? new Date() : null;
      need.hiddenBy = hidden ? staff.id : null;
      need.hiddenReason = hidden ? reason?.trim() || null : null;
      need.updatedAt = new Date();
      const saved = await this.repository.save(need, manager);
      await enqueueSearchUpdates(manager, NEED_INDEX, [id]);
      await this.audit.record(
        {
          actorUserId: staff.id,
          action: hidden ? 'need.hidden' : 'need.shown',
          targetType: 'need',
          targetId: id,
          detail: { title: need.title, reason: need.hiddenReason },
        },
        manager,
      );
      return saved;
    });
  }

  /** Published needs whose deadline has passed become EXPIRED. Returns how many. */
  async expireDue(today = todayInJapan()): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const ids = await this.repository.expireDue(today, manager);
      await enqueueSearchUpdates(manager, NEED_INDEX, ids);
      return ids.length;
    });
  }

  private move(need: NeedEntity, to: NeedStatusValue): void {
    if (!canMove(need.status, to)) {
      throw contractError(ErrorCode.CONFLICT, needMessages.notPossibleFrom, {}, { status: need.status });
    }
    need.status = to;
  }

  /** Nothing is saved when these refuse: the messages say only what is true then. */
  private publishChecks(need: NeedEntity, group: GroupRow): void {
    if (group.status === 'REJECTED') throw groupRefused('publish');
    if (group.status !== 'VERIFIED') throw forbiddenError(needMessages.groupUnverifiedDraftKept);
    const problem = publishProblem(need, todayInJapan());
    if (problem) throw badUserInput(problem.message, problem.field, problem.params);
  }

  /** Runs a change on a need of the caller's group, locked, with the index told in the same transaction. */
  private async changeOwned(
    user: AuthenticatedUser,
    id: string,
    action: string,
    change: (need: NeedEntity, manager: EntityManager, group: GroupRow) => Promise<NeedEntity>,
  ): Promise<NeedEntity> {
    if (!UUID.test(id)) throw notFoundNeed();
    const m = await this.memberships.load(user.id);
    return this.dataSource.transaction(async (manager) => {
      const need = await this.repository.lock(id, manager, 'pessimistic_write');
      if (!need) throw notFoundNeed();
      if (!policies.canEditNeed(user, m, need)) {
        // Someone who can see it learns they may not change it; others learn nothing.
        if (policies.isStaff(user) || need.status !== 'DRAFT') throw forbiddenError(needMessages.notAllowed);
        throw notFoundNeed();
      }
      const group = await this.groupOf(need.groupId, manager);
      if (!group) throw notFoundNeed();
      need.updatedAt = new Date();
      // What someone acting for the group wrote is marked so, as long as it is the last word.
      need.enteredByProxy = storedProxy(m, need.groupId, user.id);
      const saved = await change(need, manager, group);
      await enqueueSearchUpdates(manager, NEED_INDEX, [saved.id]);
      if (need.enteredByProxy) {
        await this.audit.record(
          proxyAuditEntry(need.enteredByProxy, action, { type: 'need', id }, need.groupId),
          manager,
        );
      }
      return saved;
    });
  }
}

/** Copies what the caller sent: a missing key keeps the value, null clears an optional one. */
function applyDraftFields(need: NeedEntity, input: NeedDraftFields): void {
  if (input.title != null) need.title = input.title.trim();
  if (input.description != null) need.description = input.description.trim();
  if (input.fields != null) need.fields = [...new Set(input.fields)];
  if (input.helpKind != null) need.helpKind = input.helpKind as NeedEntity['helpKind'];
  if (input.ward != null) need.ward = input.ward;
  if (input.place !== undefined) need.place = input.place?.trim() || null;
  if (input.startsOn !== undefined) need.startsOn = input.startsOn ?? null;
  if (input.endsOn !== undefined) need.endsOn = input.endsOn ?? null;
  if (input.peopleNeeded !== undefined) need.peopleNeeded = input.peopleNeeded ?? null;
  if (input.honorarium != null) need.honorarium = input.honorarium;
  if (input.deadline !== undefined) need.deadline = input.deadline ?? null;
  if (input.template !== undefined) need.template = input.template ?? null;
}
