import { DataSource } from 'typeorm';
import type { BookEntry, DataBookOptions } from './databook-options';

interface Row {
  id: string;
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

/**
 * The NPOs a book holds: active, main office in the city, narrowed by the staff's options.
 * What an NPO wrote itself is printed only when it agreed (print_consent).
 */
export async function selectBookEntries(
  dataSource: DataSource,
  options: DataBookOptions,
  city: { name: string; publicUrl: string },
): Promise<BookEntry[]> {
  const where = [`n.status = 'ACTIVE'`, `n.city = $1`];
  const params: unknown[] = [city.name];
  if (options.wards?.length) {
    params.push(options.wards);
    where.push(`n.ward = ANY($${params.length}::text[])`);
  }
  if (options.fields?.length) {
    params.push(options.fields);
    where.push(`n.fields && $${params.length}::int[]`);
  }
  if (options.certifiedOnly) {
    where.push(`n.certification_kind IS NOT NULL AND n.certification_revoked_on IS NULL
                AND (n.certification_end_on IS NULL OR n.certification_end_on >= current_date)`);
  }
  if (options.claimedOnly) where.push(`EXISTS (SELECT 1 FROM npo_member m WHERE m.npo_id = n.id)`);
  const rows: Row[] = await dataSource.query(
    `SELECT n.id, n.name, n.name_kana, n.ward, n.address, n.representative, n.established_on, n.fields,
            n.purpose, n.programmes,
            (n.certification_kind IS NOT NULL AND n.certification_revoked_on IS NULL
              AND (n.certification_end_on IS NULL OR n.certification_end_on >= current_date)) AS certified,
            p.introduction, p.help_kinds, p.contact_for_groups, p.print_consent
       FROM npo n LEFT JOIN npo_profile p ON p.npo_id = n.id
      WHERE ${where.join(' AND ')}`,
    params,
  );
  return rows.map((r) => {
    const own = !!(r.print_consent && r.introduction?.trim());
    return {
      id: r.id,
      name: r.name,
      nameKana: r.name_kana,
      ward: r.ward,
      address: r.address,
      representative: r.representative,
      establishedOn: r.established_on,
      fields: [...r.fields].sort((a, b) => a - b),
      description: own ? (r.introduction ?? '').trim() : officialText(r.purpose, r.programmes),
      descriptionIsOwn: own,
      // What help it offers is printed whenever it said so; its own text and contact only with consent.
      helpKinds: r.help_kinds ?? [],
      contact: options.withContacts && r.print_consent ? r.contact_for_groups : null,
      certified: r.certified,
      pageUrl: `${city.publicUrl}/npos/${r.id}`,
    };
  });
}

/** The purpose as registered (the book shortens it at a sentence), else the programmes. */
export function officialText(purpose: string | null, programmes: string | null): string {
  const text = (purpose ?? '').replace(/\s+/g, ' ').trim() || (programmes ?? '').replace(/\s+/g, ' ').trim();
  return text || '（活動内容の登録がありません）';
}
