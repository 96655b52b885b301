import type { ClaimedNposRepository } from '@tsunagu/accounts/api';
import { HelperKind, type NpoDataBookRepository } from '@tsunagu/npo/api';
import type { BookEntry, DataBookOptions } from './databook-options';

const OTHER_KINDS = [HelperKind.COMPANY, HelperKind.UNIVERSITY, HelperKind.OTHER];

/**
 * The NPOs a book holds: active, main office in the city, narrowed by the staff's options; with
 * includeOtherHelpers the city's verified companies, university groups and other helpers too
 * (the same wards, fields and claimed-only choice; certification is an NPO's alone). What a
 * helper wrote itself, and its contact, are printed only when it agreed (print_consent), for
 * every kind alike.
 */
export async function selectBookEntries(
  source: { npos: NpoDataBookRepository; claimed: ClaimedNposRepository },
  options: DataBookOptions,
  city: { name: string; publicUrl: string },
  /** only these NPOs (an invitation letter's own entry) */
  onlyIds?: readonly string[],
): Promise<BookEntry[]> {
  const filter = {
    city: city.name,
    wards: options.wards,
    fields: options.fields,
    ...(options.claimedOnly ? { onlyIds: await source.claimed.claimedNpoIds() } : {}),
    ...(onlyIds ? { onlyIds } : {}),
  };
  const rows = [
    ...(await source.npos.select({ ...filter, certifiedOnly: options.certifiedOnly })),
    ...(options.includeOtherHelpers ? await source.npos.select({ ...filter, kinds: OTHER_KINDS }) : []),
  ];
  return rows.map((r) => {
    const npo = r.kind === HelperKind.NPO;
    const own = !!(r.print_consent && r.introduction?.trim());
    return {
      id: r.id,
      kind: r.kind,
      name: r.name,
      nameKana: r.name_kana,
      ward: r.ward,
      // An NPO's address and representative are the public register's; another helper's are
      // what it told the city, so the book names only its ward.
      address: npo ? r.address : null,
      representative: npo ? r.representative : null,
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
