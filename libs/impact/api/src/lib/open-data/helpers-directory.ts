import { NO_MEMBERSHIPS, policies } from '@tsunagu/accounts/api';
import type { HelperDirectoryRow } from '@tsunagu/npo/api';
import { ACTIVITY_FIELDS, HELP_KINDS } from '@tsunagu/shared/util';
import type { OpenDataRecord } from './open-data-schema';

const KIND_JA: Readonly<Record<string, string>> = {
  NPO: 'NPO法人',
  COMPANY: '企業',
  UNIVERSITY: '大学',
  OTHER: '団体',
};

/**
 * The helpers' directory as open data: the helpers a visitor without an account may see (the
 * rule of their public page), with what that page shows. An NPO's address is the national
 * register's; another helper's address is what it told the city, so only its ward is published.
 * Its contact is published only when it agreed to it (the consent the data book also asks).
 */
export function helpersDirectory(rows: readonly HelperDirectoryRow[], publicUrl: string): OpenDataRecord[] {
  return rows
    .filter((row) => policies.canSeeHelper(undefined, NO_MEMBERSHIPS, row))
    .map((row) => {
      const npo = row.kind === 'NPO';
      return {
        id: row.id,
        kind: row.kind,
        kind_name: KIND_JA[row.kind] ?? row.kind,
        status: row.status,
        name: row.name,
        name_kana: row.nameKana,
        corporate_number: row.corporateNumber,
        ward: row.ward,
        postal_code: npo ? row.postalCode : null,
        address: npo ? row.address : null,
        purpose: row.purpose,
        fields: row.fields,
        field_names: row.fields.map((f) => ACTIVITY_FIELDS[f - 1]?.labelJa ?? String(f)),
        areas: row.areas,
        help_kinds: row.helpKinds,
        help_kind_names: row.helpKinds.map((k) => HELP_KINDS.find((h) => h.id === k)?.labelJa ?? k),
        website: row.website,
        contact: row.printConsent ? row.contactForGroups : null,
        page_url: `${publicUrl}/npos/${row.id}`,
        updated_at: row.updatedAt.toISOString(),
      };
    });
}
