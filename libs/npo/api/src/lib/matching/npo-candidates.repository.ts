import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { HelperKind } from '../graphql/npo.model';

/** A helper as the matching engine reads it: its kind, its text (open data or registration) and the profile it wrote. */
export interface NpoCandidateRow {
  readonly id: string;
  readonly kind: HelperKind;
  readonly name: string;
  readonly ward: string | null;
  readonly city: string | null;
  readonly fields: number[];
  readonly purpose: string | null;
  readonly programmes: string | null;
  readonly introduction: string | null;
  readonly helpKinds: string[];
}

const SELECT = `
  SELECT n.id, n.kind, n.name, n.ward, n.city, n.fields, n.purpose, n.programmes, p.introduction, p.help_kinds
    FROM npo n LEFT JOIN npo_profile p ON p.npo_id = n.id`;

type Row = Omit<NpoCandidateRow, 'helpKinds'> & { help_kinds: string[] | null };
const toCandidate = ({ help_kinds, ...rest }: Row): NpoCandidateRow => ({ ...rest, helpKinds: help_kinds ?? [] });

/** The candidate helpers of matching, of every kind (libs/matching reads them through this, never by SQL of its own). */
@Injectable()
export class NpoCandidatesRepository {
  constructor(private readonly dataSource: DataSource) {}

  async activeInCity(city: string): Promise<NpoCandidateRow[]> {
    const rows: Row[] = await this.dataSource.query(`${SELECT} WHERE n.status = 'ACTIVE' AND n.city = $1`, [city]);
    return rows.map(toCandidate);
  }

  async byIds(ids: readonly string[]): Promise<NpoCandidateRow[]> {
    if (ids.length === 0) return [];
    const rows: Row[] = await this.dataSource.query(`${SELECT} WHERE n.id = ANY($1::uuid[])`, [[...ids]]);
    return rows.map(toCandidate);
  }
}
