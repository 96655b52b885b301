import type { ClaimedNposRepository } from '@tsunagu/accounts/api';
import type { NpoDataBookRepository } from '@tsunagu/npo/api';
import type { BookEntry, DataBookOptions } from './databook-options';

/**
 * The NPOs a book holds: active, main office in the city, narrowed by the staff's options.
 * What an NPO wrote itself is printed only when it agreed (print_consent).
 */
export async function selectBookEntries(
  source: { npos: NpoDataBookRepository; claimed: ClaimedNposRepository },
  options: DataBookOptions,
  city: { name: string; publicUrl: string },
  /** only these NPOs (an invitation letter's own entry) */
  onlyIds?: readonly string[],
): Promise<BookEntry[]> {
  const rows = await source.npos.select({
    city: city.name,
    wards: options.wards,
    fields: options.fields,
    certifiedOnly: options.certifiedOnly,
    ...(options.claimedOnly ? { onlyIds: await source.claimed.claimedNpoIds() } : {}),
    ...(onlyIds ? { onlyIds } : {}),
  });
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
