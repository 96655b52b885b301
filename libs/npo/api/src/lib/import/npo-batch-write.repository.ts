import { createHash, randomUUID } from 'node:crypto';
import type { QueryRunner } from 'typeorm';
import type { ParsedNpo } from '@tsunagu/npo/open-data';
import { enqueueSearchUpdates } from '@tsunagu/search/api';
import { NPO_INDEX } from '../search/npo-search-index';

interface ExistingRow {
  id: string;
  corporate_number: string | null;
  jurisdiction: string;
  name: string;
  source_hash: string;
  status: string;
}

export interface BatchCounts {
  inserted: number;
  updated: number;
  unchanged: number;
  duplicates: number;
}

const COLUMNS: ReadonlyArray<
  readonly [keyof ParsedNpo | 'id' | 'status' | 'source_hash' | 'last_import_run_id', string, string]
> = [
  ['id', 'id', 'uuid'],
  ['corporateNumber', 'corporate_number', 'varchar(13)'],
  ['corporateNumberValid', 'corporate_number_valid', 'boolean'],
  ['name', 'name', 'text'],
  ['nameKana', 'name_kana', 'text'],
  ['jurisdiction', 'jurisdiction', 'text'],
  ['delegatedMunicipality', 'delegated_municipality', 'text'],
  ['prefecture', 'prefecture', 'text'],
  ['city', 'city', 'text'],
  ['ward', 'ward', 'text'],
  ['address', 'address', 'text'],
  ['postalCode', 'postal_code', 'text'],
  ['otherOffices', 'other_offices', 'text'],
  ['representative', 'representative', 'text'],
  ['representativeKana', 'representative_kana', 'text'],
  ['authorizedOn', 'authorized_on', 'date'],
  ['establishedOn', 'established_on', 'date'],
  ['purpose', 'purpose', 'text'],
  ['programmes', 'programmes', 'text'],
  ['otherBusiness', 'other_business', 'text'],
  ['fields', 'fields', 'smallint[]'],
  ['certificationKind', 'certification_kind', 'text'],
  ['certificationStartOn', 'certification_start_on', 'date'],
  ['certificationEndOn', 'certification_end_on', 'date'],
  ['certificationRevokedOn', 'certification_revoked_on', 'date'],
  ['supervision', 'supervision', 'text'],
  ['dissolution', 'dissolution', 'text'],
  ['dissolvedOn', 'dissolved_on', 'date'],
  ['portalUrl', 'portal_url', 'text'],
  ['fiscalYearStart', 'fiscal_year_start', 'text'],
  ['fiscalYearEnd', 'fiscal_year_end', 'text'],
  ['status', 'status', 'text'],
  ['source_hash', 'source_hash', 'text'],
  ['last_import_run_id', 'last_import_run_id', 'uuid'],
];
const COLUMN_LIST = COLUMNS.map(([, column]) => column).join(', ');
const RECORD_TYPE = COLUMNS.map(([, column, type]) => `${column} ${type}`).join(', ');
const UPDATE_SET = COLUMNS.filter(([, column]) => column !== 'id')
  .map(([, column]) => `${column} = excluded.${column}`)
  .join(', ');
// One statement per batch inserts the new NPOs and updates the changed ones.
const UPSERT_SQL = `
  INSERT INTO npo (${COLUMN_LIST}, updated_at)
  SELECT ${COLUMN_LIST}, now() FROM jsonb_to_recordset($1::jsonb) AS r(${RECORD_TYPE})
  ON CONFLICT (id) DO UPDATE SET ${UPDATE_SET}, updated_at = now()`;

/** Share of an authority's known NPOs a file must list to count as that authority's full file. */
const FULL_FILE_SHARE = 0.5;

const keyOf = (npo: ParsedNpo) =>
  npo.corporateNumber ? `#${npo.corporateNumber}` : `${npo.jurisdiction}\u0000${npo.name}`;
const pairKey = (jurisdiction: string, name: string) => `${jurisdiction}\u0000${name}`;

/**
 * The SQL of the bulk write of an import (not injectable: one per run, bound to the run's
 * transaction). Writes one batch of parsed rows inside the import's transaction: finds each NPO by corporate
 * number (or, without one, by authority + name), leaves unchanged ones alone, inserts or updates
 * the rest, records every NPO seen (for NOT_IN_LATEST_DATA) and queues index updates.
 */
export class NpoBatchWriteRepository {
  /** keys seen earlier in this run, to spot the same NPO twice in one file */
  private readonly seenKeys = new Set<string>();

  constructor(
    private readonly runner: QueryRunner,
    private readonly runId: string,
  ) {}

  async prepare(): Promise<void> {
    await this.runner.query(`CREATE TEMP TABLE import_seen (id uuid PRIMARY KEY) ON COMMIT DROP`);
  }

  async write(batch: readonly ParsedNpo[]): Promise<BatchCounts> {
    const counts: BatchCounts = { inserted: 0, updated: 0, unchanged: 0, duplicates: 0 };
    // The same NPO twice in one batch: the later row wins.
    const latest = new Map<string, ParsedNpo>();
    for (const npo of batch) {
      const key = keyOf(npo);
      if (latest.has(key) || this.seenKeys.has(key)) counts.duplicates++;
      latest.delete(key);
      latest.set(key, npo);
    }
    const records = [...latest.values()];
    const existing: ExistingRow[] = await this.runner.query(
      // Only NPO rows come from the open data; a company of the same name is another helper.
      `SELECT id, corporate_number, jurisdiction, name, source_hash, status FROM npo
        WHERE kind = 'NPO' AND (corporate_number = ANY($1::varchar[])
           OR (corporate_number IS NULL AND (jurisdiction, name) IN (SELECT * FROM unnest($2::text[], $3::text[]))))`,
      [
        records.flatMap((r) => (r.corporateNumber ? [r.corporateNumber] : [])),
        records.map((r) => r.jurisdiction),
        records.map((r) => r.name),
      ],
    );
    const byNumber = new Map(existing.filter((e) => e.corporate_number).map((e) => [e.corporate_number, e]));
    const byPair = new Map(
      existing.filter((e) => !e.corporate_number).map((e) => [pairKey(e.jurisdiction, e.name), e]),
    );

    const writes: Record<string, unknown>[] = [];
    const seenIds: string[] = [];
    for (const npo of records) {
      const key = keyOf(npo);
      const firstTime = !this.seenKeys.has(key);
      this.seenKeys.add(key);
      const match =
        (npo.corporateNumber ? byNumber.get(npo.corporateNumber) : undefined) ??
        byPair.get(pairKey(npo.jurisdiction, npo.name));
      const status = npo.dissolution ? 'DISSOLVED' : 'ACTIVE';
      const hash = createHash('sha1').update(JSON.stringify(npo)).digest('hex');
      if (match && match.source_hash === hash && match.status === status) {
        if (firstTime) counts.unchanged++;
        seenIds.push(match.id);
        continue;
      }
      const id = match?.id ?? randomUUID();
      if (firstTime) {
        if (match) counts.updated++;
        else counts.inserted++;
      }
      seenIds.push(id);
      const row: Record<string, unknown> = { ...npo, id, status, source_hash: hash, last_import_run_id: this.runId };
      writes.push(Object.fromEntries(COLUMNS.map(([key, column]) => [column, row[key]])));
    }
    if (writes.length > 0) {
      await this.runner.query(UPSERT_SQL, [JSON.stringify(writes)]);
      await enqueueSearchUpdates(
        this.runner.manager,
        NPO_INDEX,
        writes.map((w) => String(w['id'])),
      );
    }
    await this.runner.query(`INSERT INTO import_seen SELECT unnest($1::uuid[]) ON CONFLICT DO NOTHING`, [seenIds]);
    return counts;
  }

  /**
   * NPOs of the authorities this file covers that it no longer lists: a full file of an
   * authority is the whole truth for that authority, and says nothing about the others. A file
   * that lists fewer than half of an authority's known NPOs is taken as a partial file (someone
   * kept only some rows): it updates what it lists and marks nobody.
   */
  async markNotInLatest(jurisdictions: readonly string[]): Promise<{ marked: number; partial: string[] }> {
    const coverage: Array<{ jurisdiction: string; full: boolean }> = await this.runner.query(
      `SELECT k.jurisdiction, coalesce(s.n, 0) >= k.n * $2::numeric AS full
         FROM (SELECT jurisdiction, count(*) AS n FROM npo
                WHERE kind = 'NPO' AND jurisdiction = ANY($1::text[]) AND status <> 'NOT_IN_LATEST_DATA'
                GROUP BY jurisdiction) k
         LEFT JOIN (SELECT n.jurisdiction, count(*) AS n FROM npo n JOIN import_seen s ON s.id = n.id
                GROUP BY n.jurisdiction) s ON s.jurisdiction = k.jurisdiction`,
      [jurisdictions, FULL_FILE_SHARE],
    );
    const full = coverage.filter((c) => c.full).map((c) => c.jurisdiction);
    const partial = coverage.filter((c) => !c.full).map((c) => c.jurisdiction);
    // TypeORM answers an UPDATE … RETURNING with [rows, affected count].
    const [rows]: [Array<{ id: string }>, number] = await this.runner.query(
      `UPDATE npo SET status = 'NOT_IN_LATEST_DATA', updated_at = now(), last_import_run_id = $2
        WHERE kind = 'NPO' AND jurisdiction = ANY($1::text[]) AND status <> 'NOT_IN_LATEST_DATA'
          AND NOT EXISTS (SELECT 1 FROM import_seen s WHERE s.id = npo.id)
        RETURNING id`,
      [full, this.runId],
    );
    await enqueueSearchUpdates(
      this.runner.manager,
      NPO_INDEX,
      rows.map((r) => r.id),
    );
    return { marked: rows.length, partial };
  }
}
