import type { EntityManager } from 'typeorm';
import { enqueueSearchUpdates } from '@tsunagu/search/api';
import { NPO_INDEX } from '../search/npo-search-index';
import type { ListHelper } from './helper-list-row';

export type ListWriteOutcome = 'inserted' | 'updated' | 'unchanged';

interface Existing {
  id: string;
  source_hash: string | null;
  list_key: string | null;
  corporate_number: string | null;
}

/**
 * The SQL of a list import, inside its one transaction: a helper is found again by its 法人番号,
 * by the list's key (kind + name + ward), or — for one that registered itself before it was on
 * a list — by kind, name and ward in the city; the list then owns the npo columns it gives.
 */
export class HelperListRepository {
  constructor(
    private readonly manager: EntityManager,
    private readonly runId: string,
    private readonly cityName: string,
  ) {}

  private async find(helper: ListHelper): Promise<Existing | null> {
    const [found]: Existing[] = await this.manager.query(
      `SELECT n.id, n.source_hash, r.list_key, r.corporate_number
         FROM helper_record r JOIN npo n ON n.id = r.npo_id
        WHERE ($1::text IS NOT NULL AND r.corporate_number = $1) OR r.list_key = $2
        ORDER BY (r.corporate_number IS NOT DISTINCT FROM $1) DESC
        LIMIT 1`,
      [helper.corporateNumber, helper.listKey],
    );
    if (found) return found;
    const [same]: Existing[] = await this.manager.query(
      `SELECT n.id, n.source_hash, r.list_key, r.corporate_number
         FROM npo n JOIN helper_record r ON r.npo_id = n.id
        WHERE n.city = $1 AND n.kind = $2 AND n.name = $3 AND n.ward IS NOT DISTINCT FROM $4
          AND n.status <> 'REFUSED' AND r.list_key IS NULL
        LIMIT 1`,
      [this.cityName, helper.kind, helper.name, helper.ward],
    );
    return same ?? null;
  }

  async write(helper: ListHelper): Promise<ListWriteOutcome> {
    const existing = await this.find(helper);
    if (!existing) {
      await this.insert(helper);
      return 'inserted';
    }
    const corporateNumber = helper.corporateNumber ?? existing.corporate_number;
    if (
      existing.source_hash === helper.hash &&
      existing.list_key === helper.listKey &&
      existing.corporate_number === corporateNumber
    ) {
      return 'unchanged';
    }
    await this.manager.query(
      `UPDATE npo SET kind = $2, name = $3, name_kana = $4, ward = $5, address = $6, purpose = $7,
              fields = $8::smallint[], source_hash = $9, last_import_run_id = $10, updated_at = now()
        WHERE id = $1`,
      [
        existing.id,
        helper.kind,
        helper.name,
        helper.nameKana,
        helper.ward,
        helper.address,
        helper.purpose,
        helper.fields,
        helper.hash,
        this.runId,
      ],
    );
    await this.manager.query(
      `UPDATE helper_record SET list_key = $2, corporate_number = $3, import_run_id = $4 WHERE npo_id = $1`,
      [existing.id, helper.listKey, corporateNumber, this.runId],
    );
    await this.seedProfile(existing.id, helper);
    await enqueueSearchUpdates(this.manager, NPO_INDEX, [existing.id]);
    return 'updated';
  }

  /** New helpers are ACTIVE: the list is the city's own, so it is verified already. */
  private async insert(helper: ListHelper): Promise<void> {
    const [{ id }]: Array<{ id: string }> = await this.manager.query(
      `INSERT INTO npo (kind, name, name_kana, city, ward, address, purpose, fields, status, source_hash,
                        last_import_run_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8::smallint[], 'ACTIVE', $9, $10)
       RETURNING id`,
      [
        helper.kind,
        helper.name,
        helper.nameKana,
        this.cityName,
        helper.ward,
        helper.address,
        helper.purpose,
        helper.fields,
        helper.hash,
        this.runId,
      ],
    );
    await this.manager.query(
      `INSERT INTO helper_record (npo_id, source, corporate_number, list_key, import_run_id, decided_at)
       VALUES ($1, 'LIST_IMPORT', $2, $3, $4, now())`,
      [id, helper.corporateNumber, helper.listKey, this.runId],
    );
    await this.seedProfile(id, helper);
    await enqueueSearchUpdates(this.manager, NPO_INDEX, [id]);
  }

  /**
   * The profile is the helper's own: the list only fills an empty website, and puts its 備考 in
   * the introduction while the helper has written none. It never overwrites what is there.
   */
  private async seedProfile(npoId: string, helper: ListHelper): Promise<void> {
    if (!helper.website && !helper.note) return;
    await this.manager.query(
      `INSERT INTO npo_profile (npo_id, introduction, website) VALUES ($1, $2, $3)
       ON CONFLICT (npo_id) DO UPDATE
         SET introduction = coalesce(nullif(npo_profile.introduction, ''), EXCLUDED.introduction),
             website = coalesce(nullif(npo_profile.website, ''), EXCLUDED.website)`,
      [npoId, helper.note, helper.website],
    );
  }
}
