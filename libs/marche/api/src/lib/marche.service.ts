import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { type AuthenticatedUser, AuditLogService, MembershipService, forbidden, policies } from '@tsunagu/accounts/api';
import { Notifier } from '@tsunagu/notifications/api';
import { todayInJapan } from '@tsunagu/shared/util';
import {
  ErrorCode,
  badUserInput,
  contractError,
  isConcurrencyFailure,
  isUniqueViolation,
  notFound,
} from '@tsunagu/shared/api-core';
import { answersText } from './application-answers.util';
import { type VenueLayout, autoAssign, cellsOf } from './booth-layout';
import { lockBoothType, placeFor, promoteAndCompact } from './marche-capacity';
import {
  type ApplyToMarcheInput,
  type BoothType,
  type CreateMarcheEventInput,
  type MarcheApplication,
  type MarcheApplicationStatus,
  MarcheDecision,
  type MarcheEvent,
  type MarcheExhibitor,
  type MarcheLayout,
  type MarcheLayoutInput,
  type UpdateMarcheApplicationInput,
} from './marche.model';

// Stage presentations start at this time, one slot after another, in the order staff accepted them.
const STAGE_START_MINUTES = 10 * 60 + 30;

const UUID = /^[0-9a-f-]{36}$/i;
const eventNotFound = () => notFound('そのマルシェは見つかりません。 / Marché event not found.');
const applicationNotFound = () => notFound('その申し込みは見つかりません。 / Application not found.');
const alreadyApplied = () => contractError(ErrorCode.CONFLICT, 'この団体はもう申し込んでいます');

interface EventRow {
  id: string;
  name: string;
  event_date: string;
  venue: string;
  apply_from: string;
  apply_until: string;
  description: string;
  questions: string[];
}

interface ApplicationRow {
  id: string;
  event_id: string;
  npo_id: string;
  npo_name: string;
  booth_type_id: string;
  booth_code: string;
  title: string;
  description: string;
  status: string;
  waitlist_position: number | null;
  review_reason: string | null;
  created_at: Date;
  event_name: string;
  apply_until: string;
}

const SELECT_APPLICATIONS = `
  SELECT a.id, a.event_id, a.npo_id, n.name AS npo_name, a.booth_type_id, t.code AS booth_code, a.title, a.description,
         a.status, a.waitlist_position, a.review_reason, a.created_at, e.name AS event_name, e.apply_until
    FROM marche_application a
    JOIN npo n ON n.id = a.npo_id
    JOIN marche_booth_type t ON t.id = a.booth_type_id
    JOIN marche_event e ON e.id = a.event_id`;

const toApplication = (r: ApplicationRow): MarcheApplication => ({
  id: r.id,
  eventId: r.event_id,
  npoId: r.npo_id,
  npoName: r.npo_name,
  boothType: r.booth_code,
  title: r.title,
  description: r.description,
  status: r.status as MarcheApplicationStatus,
  waitlistPosition: r.waitlist_position,
  reviewReason: r.review_reason,
  createdAt: r.created_at,
});

/** Marché events and applications: capacity and waitlist kept right under concurrency. */
@Injectable()
export class MarcheService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly memberships: MembershipService,
    private readonly notifier: Notifier,
    private readonly audit: AuditLogService,
  ) {}

  async createEvent(staff: AuthenticatedUser, input: CreateMarcheEventInput): Promise<MarcheEvent> {
    if (!policies.canManageMarche(staff)) throw forbidden();
    if (input.applyUntil < input.applyFrom)
      throw badUserInput('締め切りは受付の始まりより後にしてください', 'applyUntil');
    if (input.eventDate < input.applyFrom) throw badUserInput('開催日は受付の始まりより後にしてください', 'eventDate');
    const codes = input.boothTypes.map((b) => b.code);
    if (new Set(codes).size !== codes.length) throw badUserInput('ブースの種類の記号が重なっています', 'boothTypes');
    const id = await this.dataSource.transaction(async (manager) => {
      const [event] = await manager.query(
        `INSERT INTO marche_event (name, event_date, venue, apply_from, apply_until, description, questions, created_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
        [
          input.name.trim(),
          input.eventDate,
          input.venue.trim(),
          input.applyFrom,
          input.applyUntil,
          input.description,
          JSON.stringify(input.questions),
          staff.id,
        ],
      );
      for (const [sort, type] of input.boothTypes.entries()) {
        await manager.query(
          `INSERT INTO marche_booth_type (event_id, code, name, capacity, slot_minutes, sort) VALUES ($1, $2, $3, $4, $5, $6)`,
          [event.id, type.code, type.name.trim(), type.capacity, type.slotMinutes ?? null, sort],
        );
      }
      await this.audit.record(
        {
          actorUserId: staff.id,
          action: 'marche.event-created',
          targetType: 'marche_event',
          targetId: event.id,
          detail: { name: input.name },
        },
        manager,
      );
      return event.id as string;
    });
    return this.event(id);
  }

  async events(): Promise<MarcheEvent[]> {
    const rows: Array<{ id: string }> = await this.dataSource.query(
      `SELECT id FROM marche_event ORDER BY event_date DESC`,
    );
    return Promise.all(rows.map((r) => this.event(r.id)));
  }

  async event(id: string): Promise<MarcheEvent> {
    const [row]: EventRow[] = UUID.test(id)
      ? await this.dataSource.query(
          `SELECT id, name, event_date, venue, apply_from, apply_until, description, questions FROM marche_event WHERE id = $1`,
          [id],
        )
      : [];
    if (!row) throw eventNotFound();
    const types: Array<{
      id: string;
      code: string;
      name: string;
      capacity: number;
      slot_minutes: number | null;
      taken: number;
      waitlisted: number;
    }> = await this.dataSource.query(
      `SELECT t.id, t.code, t.name, t.capacity, t.slot_minutes,
                count(a.id) FILTER (WHERE a.status IN ('PENDING', 'ACCEPTED'))::int AS taken,
                count(a.id) FILTER (WHERE a.status = 'WAITLISTED')::int AS waitlisted
           FROM marche_booth_type t LEFT JOIN marche_application a ON a.booth_type_id = t.id
          WHERE t.event_id = $1 GROUP BY t.id ORDER BY t.sort`,
      [id],
    );
    const today = todayInJapan();
    return {
      id: row.id,
      name: row.name,
      eventDate: row.event_date,
      venue: row.venue,
      applyFrom: row.apply_from,
      applyUntil: row.apply_until,
      description: row.description,
      questions: row.questions,
      open: row.apply_from <= today && today <= row.apply_until,
      boothTypes: types.map((t): BoothType => ({
        id: t.id,
        code: t.code,
        name: t.name,
        capacity: t.capacity,
        slotMinutes: t.slot_minutes,
        taken: t.taken,
        waitlisted: t.waitlisted,
      })),
    };
  }

  /** A claimed NPO applies: PENDING while the type has room, else WAITLISTED with the next position. */
  async apply(user: AuthenticatedUser, input: ApplyToMarcheInput): Promise<MarcheApplication> {
    const m = await this.memberships.load(user.id);
    if (!policies.canActForNpo(user, m, input.npoId)) {
      throw forbidden(
        'このNPOとして申し込むことはできません。NPOのページを登録してください。 / Only members of a claimed NPO may apply in its name.',
      );
    }
    const event = await this.event(input.eventId);
    if (!event.open)
      throw contractError(ErrorCode.CONFLICT, '申し込みの受付期間ではありません。 / Applications are not open.');
    const type = event.boothTypes.find((t) => t.code === input.boothType);
    if (!type) throw badUserInput('ブースの種類を選んでください', 'boothType');
    if (!input.consentPublish) throw badUserInput('団体名と紹介文の公開に同意してください', 'consentPublish');
    const id = await this.dataSource
      .transaction(async (manager) => {
        const locked = await lockBoothType(manager, type.id);
        const [existing] = await manager.query(
          `SELECT id FROM marche_application WHERE event_id = $1 AND npo_id = $2 AND status <> 'WITHDRAWN'`,
          [event.id, input.npoId],
        );
        if (existing) throw alreadyApplied();
        const place = await placeFor(manager, locked);
        const [row] = await manager.query(
          `INSERT INTO marche_application (event_id, booth_type_id, npo_id, title, description, staff_count, needs_power, needs_water,
                                         tables, wish_fields, wish_text, answers, consent_publish, status, waitlist_position, created_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16) RETURNING id`,
          [
            event.id,
            type.id,
            input.npoId,
            input.title.trim(),
            input.description.trim(),
            input.staffCount,
            input.needsPower,
            input.needsWater,
            input.tables,
            input.wishFields,
            input.wishText?.trim() || null,
            JSON.stringify(input.answers),
            input.consentPublish,
            place.status,
            place.position,
            user.id,
          ],
        );
        return row.id as string;
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
    const event = await this.event(current.eventId);
    if (!event.open)
      throw contractError(
        ErrorCode.CONFLICT,
        '受付期間が終わったので、変えられません。 / The application period is over.',
      );
    if (current.status === 'WITHDRAWN' || current.status === 'REJECTED') {
      throw contractError(ErrorCode.CONFLICT, 'この申し込みは、もう終わっています。 / This application is closed.');
    }
    await this.dataSource.query(
      `UPDATE marche_application SET
         title = coalesce($2, title), description = coalesce($3, description), staff_count = coalesce($4, staff_count),
         needs_power = coalesce($5, needs_power), needs_water = coalesce($6, needs_water), tables = coalesce($7, tables),
         wish_text = CASE WHEN $8::boolean THEN $9 ELSE wish_text END, updated_at = now()
       WHERE id = $1`,
      [
        id,
        input.title?.trim() ?? null,
        input.description?.trim() ?? null,
        input.staffCount ?? null,
        input.needsPower ?? null,
        input.needsWater ?? null,
        input.tables ?? null,
        input.wishText !== undefined,
        input.wishText?.trim() || null,
      ],
    );
    return this.application(id, user);
  }

  /** Staff write to an applicant: the NPO's members get it in the app and by mail. */
  async messageApplicant(staff: AuthenticatedUser, id: string, body: string): Promise<boolean> {
    if (!policies.canManageMarche(staff)) throw forbidden();
    const text = body.trim();
    if (text.length === 0 || text.length > 2000) throw badUserInput('連絡の内容を2000文字までで書いてください', 'body');
    const [row]: ApplicationRow[] = UUID.test(id)
      ? await this.dataSource.query(`${SELECT_APPLICATIONS} WHERE a.id = $1`, [id])
      : [];
    if (!row) throw applicationNotFound();
    await this.dataSource.transaction(async (manager) => {
      await this.notifier.notify(manager, await this.memberships.npoMemberIds(row.npo_id, manager), {
        kind: 'marche.message',
        title: `「${row.event_name}」について、市の職員から連絡があります`,
        body: `申し込み「${row.title}」について：\n\n${text}`,
        link: `/marche/applications/${id}`,
      });
      await this.audit.record(
        {
          actorUserId: staff.id,
          action: 'marche.message',
          targetType: 'marche_application',
          targetId: id,
          detail: { length: text.length },
        },
        manager,
      );
    });
    return true;
  }

  /** Staff's list of an event's applications as rows for CSV and Excel. */
  async applicationTable(
    staff: AuthenticatedUser,
    eventId: string,
  ): Promise<{ header: string[]; rows: Array<Array<string | number>> }> {
    if (!policies.canManageMarche(staff)) throw forbidden();
    await this.event(eventId);
    const venue = await this.venue(eventId);
    const numbers = new Map(venue ? cellsOf(venue).flatMap((c) => (c.number ? [[c.id, c.number] as const] : [])) : []);
    const rows: Array<Record<string, unknown>> = await this.dataSource.query(
      `SELECT t.name AS booth_type, a.status, a.waitlist_position, n.name AS npo, n.ward, a.title, a.description, a.staff_count,
              a.needs_power, a.needs_water, a.tables, a.wish_text, a.answers, a.consent_publish, a.booth_cell, a.review_reason,
              a.created_at
         FROM marche_application a JOIN npo n ON n.id = a.npo_id JOIN marche_booth_type t ON t.id = a.booth_type_id
        WHERE a.event_id = $1 ORDER BY t.sort, a.status, a.waitlist_position NULLS FIRST, a.created_at`,
      [eventId],
    );
    const STATUS: Record<string, string> = {
      PENDING: '審査待ち',
      ACCEPTED: '出展決定',
      WAITLISTED: 'キャンセル待ち',
      REJECTED: 'お断り',
      WITHDRAWN: '取り下げ',
    };
    return {
      header: [
        'ブースの種類',
        '状態',
        'キャンセル待ちの順番',
        'NPO',
        '区',
        '題名',
        '内容',
        '人数',
        '電源',
        '水道',
        '机',
        '会いたい団体',
        '質問への答え',
        '公開の同意',
        'ブース番号',
        'お断りの理由',
        '申込日',
      ],
      rows: rows.map((r) => [
        String(r['booth_type']),
        STATUS[String(r['status'])] ?? String(r['status']),
        (r['waitlist_position'] as number | null) ?? '',
        String(r['npo']),
        String(r['ward'] ?? ''),
        String(r['title']),
        String(r['description']),
        Number(r['staff_count']),
        r['needs_power'] ? '要' : '',
        r['needs_water'] ? '要' : '',
        Number(r['tables']),
        String(r['wish_text'] ?? ''),
        answersText(r['answers']),
        r['consent_publish'] ? '同意' : '',
        r['booth_cell'] ? (numbers.get(String(r['booth_cell'])) ?? '') : '',
        String(r['review_reason'] ?? ''),
        (r['created_at'] as Date).toISOString().slice(0, 10),
      ]),
    };
  }

  async withdraw(user: AuthenticatedUser, id: string): Promise<MarcheApplication> {
    await this.change(user, id, 'npo', async (row, manager) => {
      if (row.status === 'WITHDRAWN' || row.status === 'REJECTED') {
        throw contractError(ErrorCode.CONFLICT, 'この申し込みは、もう終わっています。 / This application is closed.');
      }
      await manager.query(
        `UPDATE marche_application SET status = 'WITHDRAWN', waitlist_position = NULL, updated_at = now() WHERE id = $1`,
        [id],
      );
    });
    return this.application(id, user);
  }

  async review(
    staff: AuthenticatedUser,
    id: string,
    decision: MarcheDecision,
    reason: string | null,
  ): Promise<MarcheApplication> {
    if (!policies.canManageMarche(staff)) throw forbidden();
    await this.change(staff, id, 'staff', async (row, manager) => {
      // Accept what waits for review; refuse anything still alive (a waitlisted one too).
      const allowed =
        decision === MarcheDecision.ACCEPT
          ? row.status === 'PENDING'
          : ['PENDING', 'WAITLISTED', 'ACCEPTED'].includes(row.status);
      if (!allowed) {
        throw contractError(
          ErrorCode.CONFLICT,
          `いまの状態（${row.status}）では決められません。 / Not possible from ${row.status}.`,
        );
      }
      if (decision === MarcheDecision.REJECT && !reason?.trim())
        throw badUserInput('お断りの理由を書いてください（NPOに伝わります）', 'reason');
      await manager.query(
        `UPDATE marche_application SET status = $2, waitlist_position = NULL, review_reason = $3, decided_at = now(), updated_at = now() WHERE id = $1`,
        [
          id,
          decision === MarcheDecision.ACCEPT ? 'ACCEPTED' : 'REJECTED',
          decision === MarcheDecision.REJECT ? reason?.trim() : null,
        ],
      );
      await this.notifier.notify(manager, await this.memberships.npoMemberIds(row.npo_id, manager), {
        kind: decision === MarcheDecision.ACCEPT ? 'marche.accepted' : 'marche.rejected',
        title:
          decision === MarcheDecision.ACCEPT
            ? `「${row.event_name}」への出展が決まりました`
            : `「${row.event_name}」への申し込みについて`,
        body:
          decision === MarcheDecision.ACCEPT
            ? `「${row.title}」の出展が決まりました。当日の案内は、あらためてお知らせします。`
            : `「${row.title}」は、今回は出展いただけないことになりました。理由：${reason?.trim()}`,
        link: `/marche/applications/${id}`,
      });
      await this.audit.record(
        {
          actorUserId: staff.id,
          action: `marche.${decision === MarcheDecision.ACCEPT ? 'accepted' : 'rejected'}`,
          targetType: 'marche_application',
          targetId: id,
          detail: { reason },
        },
        manager,
      );
    });
    return this.application(id, staff);
  }

  /**
   * Runs a change on an application with its booth type locked; when the change frees a place,
   * the first on the waitlist is promoted and told.
   */
  private async change(
    user: AuthenticatedUser,
    id: string,
    as: 'npo' | 'staff',
    apply: (row: ApplicationRow, manager: EntityManager) => Promise<void>,
  ): Promise<void> {
    if (!UUID.test(id)) throw applicationNotFound();
    const [peek]: ApplicationRow[] = await this.dataSource.query(`${SELECT_APPLICATIONS} WHERE a.id = $1`, [id]);
    if (!peek) throw applicationNotFound();
    const m = await this.memberships.load(user.id);
    if (as === 'npo' && !policies.canActForNpo(user, m, peek.npo_id)) {
      if (policies.isStaff(user)) throw forbidden();
      throw applicationNotFound();
    }
    await this.dataSource.transaction(async (manager) => {
      const type = await lockBoothType(manager, peek.booth_type_id);
      const [row]: ApplicationRow[] = await manager.query(`${SELECT_APPLICATIONS} WHERE a.id = $1`, [id]);
      await apply(row, manager);
      const promoted = await promoteAndCompact(manager, type);
      if (promoted) {
        const [next]: ApplicationRow[] = await manager.query(`${SELECT_APPLICATIONS} WHERE a.id = $1`, [promoted]);
        await this.notifier.notify(manager, await this.memberships.npoMemberIds(next.npo_id, manager), {
          kind: 'marche.promoted',
          title: `「${next.event_name}」のキャンセル待ちから、審査待ちになりました`,
          body: `「${next.title}」に空きが出ました。審査の結果は、あらためてお知らせします。`,
          link: `/marche/applications/${next.id}`,
        });
      }
    });
  }

  async application(id: string, user: AuthenticatedUser): Promise<MarcheApplication> {
    const [row]: ApplicationRow[] = UUID.test(id)
      ? await this.dataSource.query(`${SELECT_APPLICATIONS} WHERE a.id = $1`, [id])
      : [];
    const m = await this.memberships.load(user.id);
    if (!row || !(policies.canManageMarche(user) || policies.canActForNpo(user, m, row.npo_id)))
      throw applicationNotFound();
    return toApplication(row);
  }

  /** Staff: every application of an event; NPO members: their NPOs' own. */
  async applications(eventId: string, user: AuthenticatedUser): Promise<MarcheApplication[]> {
    const rows: ApplicationRow[] = await this.dataSource.query(
      `${SELECT_APPLICATIONS} WHERE a.event_id = $1 ORDER BY t.sort, a.status, a.waitlist_position NULLS FIRST, a.created_at`,
      [eventId],
    );
    if (policies.canManageMarche(user)) return rows.map(toApplication);
    const m = await this.memberships.load(user.id);
    return rows.filter((r) => m.npos.has(r.npo_id)).map(toApplication);
  }

  /** Staff draw the venue; booths already given keep their place only if they are still booths. */
  async setLayout(staff: AuthenticatedUser, eventId: string, input: MarcheLayoutInput): Promise<MarcheLayout> {
    if (!policies.canManageMarche(staff)) throw forbidden();
    await this.event(eventId);
    const inside = (id: string) => {
      const [r, c] = id.split('-').map(Number);
      return r < input.rows && c < input.cols;
    };
    const bad = [...input.blocked, ...input.stage, ...input.entrance].find((id) => !inside(id));
    if (bad) throw badUserInput(`マス ${bad} は会場の外です`, 'layout');
    const layout: VenueLayout = {
      rows: input.rows,
      cols: input.cols,
      blocked: input.blocked,
      stage: input.stage,
      entrance: input.entrance,
    };
    const booths = new Set(
      cellsOf(layout)
        .filter((c) => c.kind === 'BOOTH')
        .map((c) => c.id),
    );
    await this.dataSource.transaction(async (manager) => {
      await manager.query(`UPDATE marche_event SET layout = $2 WHERE id = $1`, [eventId, JSON.stringify(layout)]);
      const placed: Array<{ id: string; booth_cell: string }> = await manager.query(
        `SELECT id, booth_cell FROM marche_application WHERE event_id = $1 AND booth_cell IS NOT NULL`,
        [eventId],
      );
      const lost = placed.filter((p) => !booths.has(p.booth_cell)).map((p) => p.id);
      if (lost.length)
        await manager.query(`UPDATE marche_application SET booth_cell = NULL WHERE id = ANY($1::uuid[])`, [lost]);
    });
    return this.requireLayout(eventId, staff);
  }

  private async requireLayout(eventId: string, user: AuthenticatedUser): Promise<MarcheLayout> {
    const layout = await this.layout(eventId, user);
    if (!layout) throw contractError(ErrorCode.CONFLICT, '先に会場の図を作ってください。');
    return layout;
  }

  /** Staff put an accepted exhibitor on a booth (or take it off with boothId null). */
  async assignBooth(
    staff: AuthenticatedUser,
    applicationId: string,
    boothId: string | null,
  ): Promise<MarcheApplication> {
    if (!policies.canManageMarche(staff)) throw forbidden();
    const application = await this.application(applicationId, staff);
    if (application.status !== 'ACCEPTED')
      throw contractError(ErrorCode.CONFLICT, '出展が決まった申し込みだけ、ブースを決められます。');
    const layout = await this.venue(application.eventId);
    if (boothId !== null) {
      const cell = layout && cellsOf(layout).find((c) => c.id === boothId);
      if (!cell || cell.kind !== 'BOOTH') throw badUserInput('そのマスはブースではありません', 'boothId');
      const [other] = await this.dataSource.query(
        `SELECT id FROM marche_application WHERE event_id = $1 AND booth_cell = $2 AND id <> $3`,
        [application.eventId, boothId, applicationId],
      );
      if (other) throw contractError(ErrorCode.CONFLICT, 'そのブースには、もう別の団体がいます。');
    }
    await this.dataSource.query(`UPDATE marche_application SET booth_cell = $2, updated_at = now() WHERE id = $1`, [
      applicationId,
      boothId,
    ]);
    return this.application(applicationId, staff);
  }

  /** Staff: every accepted booth exhibitor without a booth gets one, related fields side by side. */
  async autoAssignBooths(staff: AuthenticatedUser, eventId: string): Promise<MarcheLayout> {
    if (!policies.canManageMarche(staff)) throw forbidden();
    const layout = await this.venue(eventId);
    if (!layout) throw contractError(ErrorCode.CONFLICT, '先に会場の図を作ってください。');
    await this.dataSource.transaction(async (manager) => {
      // One auto-assignment per event at a time.
      await manager.query(`SELECT id FROM marche_event WHERE id = $1 FOR UPDATE`, [eventId]);
      const rows: Array<{ id: string; booth_cell: string | null; fields: number[]; name: string }> =
        await manager.query(
          `SELECT a.id, a.booth_cell, n.fields, n.name FROM marche_application a
           JOIN npo n ON n.id = a.npo_id JOIN marche_booth_type t ON t.id = a.booth_type_id
          WHERE a.event_id = $1 AND a.status = 'ACCEPTED' AND t.slot_minutes IS NULL`,
          [eventId],
        );
      const taken = new Set(rows.flatMap((r) => (r.booth_cell ? [r.booth_cell] : [])));
      const placed = autoAssign(
        layout,
        rows.filter((r) => !r.booth_cell).map((r) => ({ applicationId: r.id, fields: r.fields, name: r.name })),
        taken,
      );
      for (const [id, cell] of placed) {
        await manager.query(`UPDATE marche_application SET booth_cell = $2, updated_at = now() WHERE id = $1`, [
          id,
          cell,
        ]);
      }
    });
    return this.requireLayout(eventId, staff);
  }

  private async venue(eventId: string): Promise<VenueLayout | null> {
    const [row] = await this.dataSource.query(`SELECT layout FROM marche_event WHERE id = $1`, [eventId]);
    return (row?.layout as VenueLayout | null) ?? null;
  }

  /** The map: every cell, with who stands on each booth (for the public: published exhibitors only). */
  async layout(eventId: string, user: AuthenticatedUser | undefined): Promise<MarcheLayout | null> {
    const venue = await this.venue(eventId);
    if (!venue) return null;
    const staff = policies.canManageMarche(user);
    const placed: Array<{ booth_cell: string; name: string; consent_publish: boolean }> = await this.dataSource.query(
      `SELECT a.booth_cell, n.name, a.consent_publish FROM marche_application a JOIN npo n ON n.id = a.npo_id
        WHERE a.event_id = $1 AND a.booth_cell IS NOT NULL AND a.status = 'ACCEPTED'`,
      [eventId],
    );
    const who = new Map(placed.filter((p) => staff || p.consent_publish).map((p) => [p.booth_cell, p.name]));
    return {
      rows: venue.rows,
      cols: venue.cols,
      cells: cellsOf(venue).map((c) => ({ ...c, exhibitor: who.get(c.id) ?? null })),
    };
  }

  /** The public list: accepted exhibitors that agreed to be published, with booth numbers and stage times. */
  async exhibitors(eventId: string): Promise<MarcheExhibitor[]> {
    const venue = await this.venue(eventId);
    const numbers = new Map(venue ? cellsOf(venue).flatMap((c) => (c.number ? [[c.id, c.number] as const] : [])) : []);
    const rows: Array<{
      npo_id: string;
      name: string;
      title: string;
      description: string;
      code: string;
      type_name: string;
      slot_minutes: number | null;
      booth_cell: string | null;
    }> = await this.dataSource.query(
      `SELECT a.npo_id, n.name, a.title, a.description, t.code, t.name AS type_name, t.slot_minutes, a.booth_cell
           FROM marche_application a JOIN npo n ON n.id = a.npo_id JOIN marche_booth_type t ON t.id = a.booth_type_id
          WHERE a.event_id = $1 AND a.status = 'ACCEPTED' AND a.consent_publish
          ORDER BY t.sort, a.decided_at, a.created_at`,
      [eventId],
    );
    const slotIndex = new Map<string, number>();
    return rows.map((r) => {
      let stageTime: string | null = null;
      if (r.slot_minutes) {
        const i = slotIndex.get(r.code) ?? 0;
        slotIndex.set(r.code, i + 1);
        const minutes = STAGE_START_MINUTES + i * r.slot_minutes;
        stageTime = `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
      }
      return {
        npoId: r.npo_id,
        npoName: r.name,
        title: r.title,
        description: r.description,
        boothType: r.code,
        boothTypeName: r.type_name,
        boothNumber: r.booth_cell ? (numbers.get(r.booth_cell) ?? null) : null,
        stageTime,
      };
    });
  }
}
