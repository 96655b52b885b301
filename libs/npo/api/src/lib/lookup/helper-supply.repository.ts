import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { HelperKind } from '../graphql/npo.model';

/** A helper as the city's supply figures count it: where it works and in which fields. */
export interface HelperSupplyRow {
  readonly id: string;
  readonly kind: HelperKind;
  /** the ward of its registered office (null outside the city's wards) */
  readonly ward: string | null;
  readonly fields: number[];
  /** the wards it says it works in (its profile); empty when it did not say */
  readonly areas: string[];
}

/** The helpers able to take needs today (active, in the city), for the supply–demand gap. */
@Injectable()
export class HelperSupplyRepository {
  constructor(private readonly dataSource: DataSource) {}

  async activeInCity(city: string): Promise<HelperSupplyRow[]> {
    const rows: Array<Omit<HelperSupplyRow, 'areas'> & { areas: string[] | null }> = await this.dataSource.query(
      `SELECT n.id, n.kind, n.ward, n.fields, p.areas
         FROM npo n LEFT JOIN npo_profile p ON p.npo_id = n.id
        WHERE n.status = 'ACTIVE' AND n.city = $1`,
      [city],
    );
    return rows.map((r) => ({ ...r, areas: r.areas ?? [] }));
  }
}
