import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { HelperKind } from '../graphql/npo.model';

/** An NPO as the data book prints it: the register's record and what the NPO wrote itself. */
export interface NpoDataBookRow {
  id: string;
  kind: HelperKind;
  name: string;
  name_kana: string | null;
  ward: string | null;
  address: string | null;
  representative: string | null;
  established_on: string | null;
  fields: number[];
  purpose: string | null;
  programmes: string | null;
  certified: boolean;
  introduction: string | null;
  help_kinds: string[] | null;
  contact_for_groups: string | null;
  print_consent: boolean | null;
}

export interface NpoDataBookFilter {
  readonly city: string;
  readonly wards?: readonly string[];
  readonly fields?: readonly number[];
  readonly certifiedOnly?: boolean;
  /** only these NPOs (e.g. the claimed ones, which accounts knows) */
  readonly onlyIds?: readonly string[];
  /** the kinds of helper (default: NPOs only, the open data's register) */
  readonly kinds?: readonly HelperKind[];
}

const CERTIFIED = `(n.certification_kind IS NOT NULL AND n.certification_revoked_on IS NULL
  AND (n.certification_end_on IS NULL OR n.certification_end_on >= current_date))`;

/** The data book's read of npo and npo_profile: active helpers (NPOs unless asked) with their main office in the city. */
@Injectable()
export class NpoDataBookRepository {
  constructor(private readonly dataSource: DataSource) {}

  select(filter: NpoDataBookFilter): Promise<NpoDataBookRow[]> {
    const params: unknown[] = [filter.city, filter.kinds?.length ? filter.kinds : ['NPO']];
    const where = [`n.kind = ANY($2::text[])`, `n.status = 'ACTIVE'`, `n.city = $1`];
    if (filter.wards?.length) {
      params.push(filter.wards);
      where.push(`n.ward = ANY($${params.length}::text[])`);
    }
    if (filter.fields?.length) {
      params.push(filter.fields);
      where.push(`n.fields && $${params.length}::int[]`);
    }
    if (filter.certifiedOnly) where.push(CERTIFIED);
    if (filter.onlyIds) {
      params.push(filter.onlyIds);
      where.push(`n.id = ANY($${params.length}::uuid[])`);
    }
    return this.dataSource.query(
      `SELECT n.id, n.kind, n.name, n.name_kana, n.ward, n.address, n.representative, n.established_on, n.fields,
              n.purpose, n.programmes, ${CERTIFIED} AS certified,
              p.introduction, p.help_kinds, p.contact_for_groups, p.print_consent
         FROM npo n LEFT JOIN npo_profile p ON p.npo_id = n.id
        WHERE ${where.join(' AND ')}`,
      params,
    );
  }
}
