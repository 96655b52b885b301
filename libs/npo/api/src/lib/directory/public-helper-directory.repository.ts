import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { HelperKindCode, HelperStatus } from '../entities/npo.entity';

/** One helper of the city as the open data directory reads it: the register's record and what it wrote itself. */
export interface HelperDirectoryRow {
  id: string;
  kind: HelperKindCode;
  status: HelperStatus;
  name: string;
  nameKana: string | null;
  corporateNumber: string | null;
  ward: string | null;
  address: string | null;
  postalCode: string | null;
  purpose: string | null;
  fields: number[];
  areas: string[];
  helpKinds: string[];
  website: string | null;
  contactForGroups: string | null;
  /** agreed to have its contact published beyond its own page (the data book's consent) */
  printConsent: boolean;
  /** the later of the register's last change and the helper's own last edit */
  updatedAt: Date;
}

interface Row {
  id: string;
  kind: HelperKindCode;
  status: HelperStatus;
  name: string;
  name_kana: string | null;
  corporate_number: string | null;
  ward: string | null;
  address: string | null;
  postal_code: string | null;
  purpose: string | null;
  fields: number[];
  areas: string[] | null;
  help_kinds: string[] | null;
  website: string | null;
  contact_for_groups: string | null;
  print_consent: boolean | null;
  updated_at: Date;
}

/**
 * Every helper (all kinds, all states) with its main office in the city, in a stable order (kind,
 * reading, id). The caller decides which of them the public may see and which columns it shows.
 */
@Injectable()
export class PublicHelperDirectoryRepository {
  constructor(private readonly dataSource: DataSource) {}

  async inCity(city: string): Promise<HelperDirectoryRow[]> {
    const rows: Row[] = await this.dataSource.query(
      `SELECT n.id, n.kind, n.status, n.name, n.name_kana, n.corporate_number, n.ward, n.address, n.postal_code,
              n.purpose, n.fields, p.areas, p.help_kinds, p.website, p.contact_for_groups, p.print_consent,
              GREATEST(n.updated_at, COALESCE(p.updated_at, n.updated_at)) AS updated_at
         FROM npo n LEFT JOIN npo_profile p ON p.npo_id = n.id
        WHERE n.city = $1
        ORDER BY n.kind, n.name_kana NULLS LAST, n.name, n.id`,
      [city],
    );
    return rows.map((r) => ({
      id: r.id,
      kind: r.kind,
      status: r.status,
      name: r.name,
      nameKana: r.name_kana,
      corporateNumber: r.corporate_number,
      ward: r.ward,
      address: r.address,
      postalCode: r.postal_code,
      purpose: r.purpose,
      fields: [...r.fields].sort((a, b) => a - b),
      areas: r.areas ?? [],
      helpKinds: r.help_kinds ?? [],
      website: r.website,
      contactForGroups: r.contact_for_groups,
      printConsent: r.print_consent ?? false,
      updatedAt: r.updated_at,
    }));
  }
}
