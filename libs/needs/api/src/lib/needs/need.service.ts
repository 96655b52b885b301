import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, In } from 'typeorm';
import {
  AuditLogService,
  type AuthenticatedUser,
  type Memberships,
  MembershipService,
  forbidden,
  policies,
} from '@tsunagu/accounts/api';
import { enqueueSearchUpdates } from '@tsunagu/search/api';
import { ErrorCode, badUserInput, contractError, notFound } from '@tsunagu/shared/api-core';
import { suggestFields } from '@tsunagu/shared/util';
import { NeedEntity, type NeedStatusValue } from '../entities/need.entity';
import { NEED_INDEX } from '../search/need-search-index';
import { todayInJapan } from '@tsunagu/shared/util';
import { canMove, isEditable, publishProblem } from './need-lifecycle';
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
const notFoundNeed = () => notFound('その募集は見つかりません。 / Need not found.');
/** Staff refused the group (also after approving it): its members no longer write or publish. */
const groupRefused = (what: string) =>
  contractError(
    ErrorCode.FORBIDDEN,
    `この団体は市に登録を認められていないため、募集を${what}。区役所の担当にお問い合わせください。`,
  );

interface GroupRow {
  id: string;
  name: string;
  kind: string;
  ward: string;
  area: string | null;
  status: string;
}

/** Needs: writing, publishing, closing, hiding, and who may see each. */
@Injectable()
export class NeedService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly memberships: MembershipService,
    private readonly audit: AuditLogService,
  ) {}

  /** Several needs as this caller sees them (one query for groups, one for offer counts). */
  async views(needs: NeedEntity[], user: AuthenticatedUser | undefined, m?: Memberships): Promise<Need[]> {
    if (needs.length === 0) return [];
    const mine = m ?? (await this.memberships.load(user?.id));
    const ids = needs.map((n) => n.id);
    const [groups, counts] = await Promise.all([
      this.groupsById([...new Set(needs.map((n) => n.groupId))]),
      this.dataSource.query(
        `SELECT need_id, count(*)::int AS count FROM offer WHERE need_id = ANY($1::uuid[]) AND status <> 'WITHDRAWN' GROUP BY need_id`,
        [ids],
      ) as Promise<Array<{ need_id: string; count: number }>>,
    ]);
    const countOf = new Map(counts.map((c) => [c.need_id, c.count]));
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
        },
      ];
    });
  }

  async view(need: NeedEntity, user: AuthenticatedUser | undefined): Promise<Need> {
    const [view] = await this.views([need], user);
    return view;
  }

  private async groupsById(ids: string[]): Promise<Map<string, GroupRow>> {
    const rows: GroupRow[] = await this.dataSource.query(
      `SELECT id, name, kind, ward, area, status FROM community_group WHERE id = ANY($1::uuid[])`,
      [ids],
    );
    return new Map(rows.map((r) => [r.id, r]));
  }

  /** The need if this caller may see it; NOT_FOUND otherwise (so hidden ones do not leak). */
  async find(id: string, user: AuthenticatedUser | undefined): Promise<NeedEntity> {
    const need = UUID.test(id) ? await this.dataSource.getRepository(NeedEntity).findOne({ where: { id } }) : null;
    if (!need) throw notFoundNeed();
    const m = await this.memberships.load(user?.id);
    const [group] = (await this.groupsById([need.groupId])).values();
    const offered =
      m.npos.size > 0 &&
      (
        await this.dataSource.query(`SELECT 1 FROM offer WHERE need_id = $1 AND npo_id = ANY($2::uuid[]) LIMIT 1`, [
          need.id,
          [...m.npos],
        ])
      ).length > 0;
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
    return this.dataSource
      .getRepository(NeedEntity)
      .find({ where: { groupId: In([...m.groups.keys()]) }, order: { createdAt: 'DESC' } });
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
    const query = this.dataSource
      .getRepository(NeedEntity)
      .createQueryBuilder('n')
      .where('n.status IN (:...statuses)', { statuses })
      .orderBy('n.publishedAt', 'DESC', 'NULLS LAST')
      .addOrderBy('n.createdAt', 'DESC')
      .limit(Math.min(filter.limit ?? 500, 2_000));
    if (filter.ward) query.andWhere('n.ward = :ward', { ward: filter.ward });
    if (filter.unansweredOnly) {
      query.andWhere(`NOT EXISTS (SELECT 1 FROM offer o WHERE o.need_id = n.id AND o.status <> 'WITHDRAWN')`);
    }
    return query.getMany();
  }

  async post(user: AuthenticatedUser, input: PostNeedInput): Promise<NeedEntity> {
    const m = await this.memberships.load(user.id);
    if (!policies.canEditNeed(user, m, { groupId: input.groupId })) {
      throw forbidden(
        'この団体の募集は書けません。団体のメンバーになってください。 / Only members of the group may post its needs.',
      );
    }
    const [group] = (await this.groupsById([input.groupId])).values();
    if (!group) throw notFound('その団体は見つかりません。 / Group not found.');
    if (group.status === 'REJECTED') throw groupRefused('書けません');
    // A group not verified yet keeps the officer's text as a draft and says so (see below).
    const publishNow = input.publish && group.status === 'VERIFIED';
    const saved = await this.dataSource.transaction(async (manager) => {
      const need = manager.create(NeedEntity, {
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
      // Fields are suggested from the words when the officer has not chosen any.
      if (input.fields == null) need.fields = suggestFields(`${need.title} ${need.description}`);
      if (publishNow) {
        this.publishChecks(need, group);
        need.status = 'PUBLISHED';
        need.publishedAt = new Date();
      }
      const draft = await manager.save(need);
      await enqueueSearchUpdates(manager, NEED_INDEX, [draft.id]);
      return draft;
    });
    if (input.publish && !publishNow) {
      // The draft is committed: the refusal tells the truth and where to find it.
      throw contractError(
        ErrorCode.FORBIDDEN,
        '団体の確認がすむまで、募集は公開できません。下書きとして保存しました。',
        { needId: saved.id, status: 'DRAFT' },
      );
    }
    return saved;
  }

  async update(user: AuthenticatedUser, id: string, input: NeedDraftFields): Promise<NeedEntity> {
    return this.changeOwned(user, id, async (need, manager, group) => {
      if (!isEditable(need.status)) {
        throw contractError(ErrorCode.CONFLICT, '終わった募集は書きかえられません。 / This need is closed.');
      }
      if (group?.status === 'REJECTED') throw groupRefused('書きかえられません');
      applyDraftFields(need, input);
      if (need.status === 'PUBLISHED' || need.status === 'MATCHED') this.publishChecks(need, group);
      return manager.save(need);
    });
  }

  async publish(user: AuthenticatedUser, id: string): Promise<NeedEntity> {
    return this.changeOwned(user, id, async (need, manager, group) => {
      this.move(need, 'PUBLISHED');
      this.publishChecks(need, group);
      need.publishedAt = new Date();
      return manager.save(need);
    });
  }

  async close(user: AuthenticatedUser, id: string, outcome: NeedOutcome, report: string | null): Promise<NeedEntity> {
    return this.changeOwned(user, id, async (need, manager) => {
      this.move(need, outcome === NeedOutcome.DONE ? 'DONE' : 'CANCELLED');
      need.report = report?.trim() || null;
      need.closedAt = new Date();
      return manager.save(need);
    });
  }

  /** Staff hide an abusive post (or show it again); the group sees the reason. */
  async setHidden(staff: AuthenticatedUser, id: string, hidden: boolean, reason: string | null): Promise<NeedEntity> {
    if (!policies.canHideNeed(staff)) throw forbidden();
    return this.dataSource.transaction(async (manager) => {
      const need = await manager.findOne(NeedEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!need) throw notFoundNeed();
      need.hiddenAt = hidden ? new Date() : null;
      need.hiddenBy = hidden ? staff.id : null;
      need.hiddenReason = hidden ? reason?.trim() || null : null;
      need.updatedAt = new Date();
      const saved = await manager.save(need);
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
      const rows: Array<{ id: string }> = await manager.query(
        // (a CTE, because TypeORM returns [rows, count] for a bare UPDATE … RETURNING)
        `WITH expired AS (
           UPDATE need SET status = 'EXPIRED', updated_at = now()
            WHERE status = 'PUBLISHED' AND deadline < $1 RETURNING id)
         SELECT id FROM expired`,
        [today],
      );
      await enqueueSearchUpdates(
        manager,
        NEED_INDEX,
        rows.map((r) => r.id),
      );
      return rows.length;
    });
  }

  private move(need: NeedEntity, to: NeedStatusValue): void {
    if (!canMove(need.status, to)) {
      throw contractError(
        ErrorCode.CONFLICT,
        `今の状態（${need.status}）からは変えられません。 / Not possible from ${need.status}.`,
      );
    }
    need.status = to;
  }

  /** Nothing is saved when these refuse: the messages say only what is true then. */
  private publishChecks(need: NeedEntity, group: GroupRow): void {
    if (group.status === 'REJECTED') throw groupRefused('公開できません');
    if (group.status !== 'VERIFIED') {
      throw contractError(
        ErrorCode.FORBIDDEN,
        '団体の確認がすむまで、募集は公開できません。下書きはそのまま残っています。',
      );
    }
    const problem = publishProblem(need, todayInJapan());
    if (problem) throw badUserInput(problem.message, problem.field);
  }

  /** Runs a change on a need of the caller's group, locked, with the index told in the same transaction. */
  private async changeOwned(
    user: AuthenticatedUser,
    id: string,
    change: (need: NeedEntity, manager: EntityManager, group: GroupRow) => Promise<NeedEntity>,
  ): Promise<NeedEntity> {
    if (!UUID.test(id)) throw notFoundNeed();
    const m = await this.memberships.load(user.id);
    return this.dataSource.transaction(async (manager) => {
      const need = await manager.findOne(NeedEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!need) throw notFoundNeed();
      if (!policies.canEditNeed(user, m, need)) {
        // Someone who can see it learns they may not change it; others learn nothing.
        if (policies.isStaff(user) || need.status !== 'DRAFT') throw forbidden();
        throw notFoundNeed();
      }
      const [group] = (await this.groupsById([need.groupId])).values();
      need.updatedAt = new Date();
      const saved = await change(need, manager, group);
      await enqueueSearchUpdates(manager, NEED_INDEX, [saved.id]);
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
