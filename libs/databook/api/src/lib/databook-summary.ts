import { type Language, translate } from '@tsunagu/shared/api-core';
import { ACTIVITY_FIELDS } from '@tsunagu/shared/util';
import type { DataBookOptions } from './databook-options';
import { dataBookSummaryWords as words } from './databook.messages';

/** What a data book holds, in one line in the reader's language (lists joined as each language does). */
export function summaryOf(o: DataBookOptions, language: Language = 'ja'): string {
  const say = (m: (typeof words)[keyof typeof words], params = {}) => translate(m, params, language);
  const list = (items: readonly string[]) => items.join(language === 'en' ? ', ' : '・');
  const parts = [
    say(words.edition, { year: o.editionYear }),
    o.pageSize ?? 'A4',
    say(o.groupBy === 'ward' ? words.byWard : words.byField),
    o.wards?.length ? list(o.wards) : say(words.allWards),
  ];
  if (o.fields?.length) {
    const field = (id: number) => ACTIVITY_FIELDS[id - 1];
    parts.push(list(o.fields.map((id) => (language === 'en' ? field(id)?.labelEn : field(id)?.labelJa) ?? String(id))));
  }
  if (o.certifiedOnly) parts.push(say(words.certifiedOnly));
  if (o.claimedOnly) parts.push(say(words.claimedOnly));
  if (o.withContacts) parts.push(say(words.withContacts));
  if (o.includeOtherHelpers) parts.push(say(words.otherHelpers));
  return parts.join(language === 'en' ? '; ' : '／');
}
