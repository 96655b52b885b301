import { randomUUID } from 'node:crypto';
import type { QueryRunner } from 'typeorm';
import { enqueueSearchUpdates } from '@tsunagu/search/api';
import { NPO_INDEX } from '../search/npo-search-index';
import type { ListedHelper, ListRowRejection } from './helper-list-row.parser';
import { helperListMessages as m } from './helper-list.messages';

interface ExistingHelper {
  id: string;
  kind: string;
  name: string;
  name_kana: string | null;
  ward: string | null;
  address: string | null;
  purpose: string | null;
  fields: number[];
  corporate_number: string | null;
  list_key: string | null;
}

export interface HelperListCounts {
  inserted: number;
  updated: number;
  unchanged: number;
}

export interface HelperListPlan {
  rejections: ListRowRejection[];
  write: () => Promise<HelperListCounts>;
}

/** The columns of `npo` a list owns; status, profile and members are never the list's. */
const OWNED = ['kind', 'name', 'name_kana', 'ward', 'address', 'purpose'] as const;

/**
 * The SQL of a helper list import, bound to the run's transaction (not injectable: one per run).
 * Finds each listed helper again by 法人番号, else by its list key; checks what only the database
 * knows (a number that is an NPO's, a number and a name that point to two helpers); then writes
 * every row in a few statements.
 */
export class HelperListWriteRepository {
  constructor(
    private readonly runner: QueryRunner,
    private readonly runId: string,
  ) {}

  async plan(helpers: readonly ListedHelper[]): Promise<HelperListPlan> {
    const numbers = helpers.flatMap((h) => (h.corporateNumber ? [h.corporateNumber] : []));
    const npoNumbers: Array<{ corporate_number: string }> = await this.runner.query(
      `SELECT corporate_number FROM npo WHERE kind = 'NPO' AND corporate_number = ANY($1::varchar[])`,
      [numbers],
    );
    const existing: ExistingHelper[] = await this.runner.query(
      `SELECT n.id, n.kind, n.name, n.name_kana, n.ward, n.address, n.purpose, n.fields, h.corporate_number, h.list_key
         FROM helper_record h JOIN npo n ON n.id = h.npo_id
        WHERE h.corporate_number = ANY($1::varchar[]) OR h.list_key = ANY($2::text[])`,
      [numbers, helpers.map((h) => h.listKey)],
    );
    const npoNumber = new Set(npoNumbers.map((r) => r.corporate_number));
    const byNumber = new Map(existing.filter((e) => e.corporate_number).map((e) => [e.corporate_number, e]));
    const byKey = new Map(existing.filter((e) => e.list_key).map((e) => [e.list_key, e]));

    const rejections: ListRowRejection[] = [];
    const matches: Array<{ helper: ListedHelper; match: ExistingHelper | undefined }> = [];
    for (const helper of helpers) {
      const reject = (reason: (typeof m)[keyof typeof m], params = {}) =>
        rejections.push({ rowNumber: helper.rowNumber, reason, params, name: helper.name });
      if (helper.corporateNumber && npoNumber.has(helper.corporateNumber)) {
        reject(m.corporateNumberIsNpo, { value: helper.corporateNumber });
        continue;
      }
      const viaNumber = helper.corporateNumber ? byNumber.get(helper.corporateNumber) : undefined;
      const viaKey = byKey.get(helper.listKey);
      if (viaNumber && viaKey && viaNumber.id !== viaKey.id) {
        reject(m.keyTakenByOther);
        continue;
      }
      matches.push({ helper, match: viaNumber ?? viaKey });
    }
    return { rejections, write: () => this.write(matches) };
  }

  private async write(
    matches: ReadonlyArray<{ helper: ListedHelper; match: ExistingHelper | undefined }>,
  ): Promise<HelperListCounts> {
    const counts: HelperListCounts = { inserted: 0, updated: 0, unchanged: 0 };
    const npoRows: Record<string, unknown>[] = [];
    const recordRows: Record<string, unknown>[] = [];
    const profileRows: Record<string, unknown>[] = [];
    for (const { helper, match } of matches) {
      const id = match?.id ?? randomUUID();
      const row = {
        id,
        kind: helper.kind,
        name: helper.name,
        name_kana: helper.nameKana,
        ward: helper.ward,
        address: helper.address,
        purpose: helper.purpose,
        fields: helper.fields,
      };
      const corporateNumber = helper.corporateNumber ?? match?.corporate_number ?? null;
      const same =
        match !== undefined &&
        OWNED.every((column) => match[column] === row[column]) &&
        match.fields.join() === helper.fields.join() &&
        match.corporate_number === corporateNumber &&
        match.list_key === helper.listKey;
      if (same) {
        counts.unchanged++;
        continue;
      }
      if (match) counts.updated++;
      else counts.inserted++;
      npoRows.push(row);
      recordRows.push({ npo_id: id, corporate_number: corporateNumber, list_key: helper.listKey });
      // 備考 and the website only fill a profile's blanks: what the helper wrote itself wins.
      if (helper.note || helper.website)
        profileRows.push({ npo_id: id, introduction: helper.note, website: helper.website });
    }
    if (npoRows.length === 0) return counts;
    await this.runner.query(
      `INSERT INTO npo (id, kind, name, name_kana, prefecture, city, ward, address, purpose, fields, status,
                        last_import_run_id, updated_at)
       SELECT id, kind, name, name_kana, '福岡県', '北九州市', ward, address, purpose, fields, 'ACTIVE', $2, now()
         FROM jsonb_to_recordset($1::jsonb)
           AS r(id uuid, kind text, name text, name_kana text, ward text, address text, purpose text, fields smallint[])
       ON CONFLICT (id) DO UPDATE SET kind = excluded.kind, name = excluded.name, name_kana = excluded.name_kana,
         prefecture = excluded.prefecture, city = excluded.city, ward = excluded.ward, address = excluded.address,
         purpose = excluded.purpose, fields = excluded.fields, last_import_run_id = excluded.last_import_run_id,
         updated_at = now()`,
      [JSON.stringify(npoRows), this.runId],
    );
    // A helper found again keeps how it first came in (its own registration stays one).
    await this.runner.query(
      `INSERT INTO helper_record (npo_id, source, corporate_number, list_key, import_run_id, decided_at)
       SELECT npo_id, 'LIST_IMPORT', corporate_number, list_key, $2, now()
         FROM jsonb_to_recordset($1::jsonb) AS r(npo_id uuid, corporate_number varchar(13), list_key text)
       ON CONFLICT (npo_id) DO UPDATE SET corporate_number = excluded.corporate_number,
         list_key = excluded.list_key, import_run_id = excluded.import_run_id`,
      [JSON.stringify(recordRows), this.runId],
    );
    if (profileRows.length > 0)
      await this.runner.query(
        `INSERT INTO npo_profile (npo_id, introduction, website)
         SELECT npo_id, introduction, website FROM jsonb_to_recordset($1::jsonb)
             AS r(npo_id uuid, introduction text, website text)
         ON CONFLICT (npo_id) DO UPDATE
           SET introduction = coalesce(npo_profile.introduction, excluded.introduction),
               website = coalesce(npo_profile.website, excluded.website)`,
        [JSON.stringify(profileRows)],
      );
    await enqueueSearchUpdates(
      this.runner.manager,
      NPO_INDEX,
      npoRows.map((r) => String(r['id'])),
    );
    return counts;
  }
}
