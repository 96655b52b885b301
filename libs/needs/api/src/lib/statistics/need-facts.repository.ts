import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { HelpKindId } from '@tsunagu/shared/util';
import type { NeedStatusValue } from '../entities/need.entity';

/** One need as the city's statistics see it: no title, no text, nobody's contact. */
export interface NeedFact {
  needId: string;
  groupId: string;
  ward: string;
  fields: number[];
  helpKind: HelpKindId;
  status: NeedStatusValue;
  /** hidden by staff (moderation): kept out of the public figures */
  hidden: boolean;
  createdAt: Date;
  /** first published; null for a draft never published */
  publishedAt: Date | null;
  /** done, cancelled or expired */
  closedAt: Date | null;
  /** the first offer of help, whatever became of it */
  firstOfferAt: Date | null;
  /** the first offer the group accepted */
  matchedAt: Date | null;
  /** offers made, and the helpers (NPOs, companies…) that made them */
  offerCount: number;
  helperIds: string[];
}

/**
 * What became of a published need, as every city figure counts it (dashboard, open data): an
 * offer of help came, the group accepted one (matched, also if it later ended), it is done.
 */
export function outcomeOf(fact: { firstOfferAt: Date | null; matchedAt: Date | null; status: string }) {
  return {
    withOffer: fact.firstOfferAt ? 1 : 0,
    matched: fact.matchedAt ? 1 : 0,
    done: fact.status === 'DONE' ? 1 : 0,
  };
}

interface FactRow {
  need_id: string;
  group_id: string;
  ward: string;
  fields: number[];
  help_kind: HelpKindId;
  status: NeedStatusValue;
  hidden: boolean;
  created_at: Date;
  published_at: Date | null;
  closed_at: Date | null;
  first_offer_at: Date | null;
  matched_at: Date | null;
  offer_count: number;
  helper_ids: string[];
}

/**
 * The needs' facts for the city's figures (dashboard, open data), read in one statement.
 * Needs are counted by when they were published (a draft never published is not a need the
 * city saw); `from`/`to` bound that date, `to` exclusive.
 */
@Injectable()
export class NeedFactsRepository {
  constructor(private readonly dataSource: DataSource) {}

  async published(range: { from?: Date; to?: Date } = {}): Promise<NeedFact[]> {
    const rows: FactRow[] = await this.dataSource.query(
      `SELECT n.id AS need_id, n.group_id, n.ward, n.fields, n.help_kind, n.status,
              n.hidden_at IS NOT NULL AS hidden, n.created_at, n.published_at, n.closed_at,
              o.first_offer_at, o.matched_at, COALESCE(o.offer_count, 0)::int AS offer_count,
              COALESCE(o.helper_ids, '{}') AS helper_ids
         FROM need n
         LEFT JOIN LATERAL (
           SELECT min(created_at) AS first_offer_at,
                  min(decided_at) FILTER (WHERE status = 'ACCEPTED') AS matched_at,
                  count(*) AS offer_count,
                  array_agg(DISTINCT npo_id) AS helper_ids
             FROM offer WHERE need_id = n.id
         ) o ON true
        WHERE n.published_at IS NOT NULL
          AND ($1::timestamptz IS NULL OR n.published_at >= $1)
          AND ($2::timestamptz IS NULL OR n.published_at < $2)
        ORDER BY n.published_at, n.id`,
      [range.from ?? null, range.to ?? null],
    );
    return rows.map((r) => ({
      needId: r.need_id,
      groupId: r.group_id,
      ward: r.ward,
      fields: r.fields,
      helpKind: r.help_kind,
      status: r.status,
      hidden: r.hidden,
      createdAt: r.created_at,
      publishedAt: r.published_at,
      closedAt: r.closed_at,
      firstOfferAt: r.first_offer_at,
      matchedAt: r.matched_at,
      offerCount: r.offer_count,
      helperIds: r.helper_ids,
    }));
  }
}
