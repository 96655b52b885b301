import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** Where a group is: its ward and its 校区 (null when it did not say). No names, no contacts. */
export interface GroupArea {
  readonly ward: string;
  readonly schoolDistrictId: string | null;
  readonly schoolDistrictName: string | null;
}

/** The groups' areas, for the city's figures per ward and 校区. */
@Injectable()
export class GroupAreasRepository {
  constructor(private readonly dataSource: DataSource) {}

  async of(groupIds: readonly string[]): Promise<Map<string, GroupArea>> {
    if (groupIds.length === 0) return new Map();
    const rows: Array<{ id: string; ward: string; district_id: string | null; district_name: string | null }> =
      await this.dataSource.query(
        `SELECT g.id, g.ward, d.id AS district_id, d.name AS district_name
           FROM community_group g LEFT JOIN school_district d ON d.id = g.school_district_id
          WHERE g.id = ANY($1::uuid[])`,
        [[...new Set(groupIds)]],
      );
    return new Map(
      rows.map((r) => [r.id, { ward: r.ward, schoolDistrictId: r.district_id, schoolDistrictName: r.district_name }]),
    );
  }
}
