import { type Language, type Message, translate } from '@tsunagu/shared/api-core';
import { auditTexts } from './audit-log.messages';

/** One stored audit entry, as the log keeps it. */
export interface AuditRecord {
  readonly actorUserId: string | null;
  readonly action: string;
  readonly targetType: string | null;
  readonly targetId: string | null;
  readonly detail: Readonly<Record<string, string | number | boolean | null>>;
}

/** The names an entry speaks of, looked up by id (a missing one was removed or never had one). */
export interface AuditNames {
  readonly people: ReadonlyMap<string, string>;
  readonly groups: ReadonlyMap<string, string>;
  readonly npos: ReadonlyMap<string, string>;
}

const text = (value: unknown): string | undefined => (typeof value === 'string' && value ? value : undefined);

/** Which ids of people, groups and NPOs an entry names, so they can be looked up at once for a page of entries. */
export function idsNamedBy(entry: AuditRecord): { people: string[]; groups: string[]; npos: string[] } {
  const d = entry.detail;
  return {
    people: [entry.actorUserId, text(d['userId']), text(d['claimant'])].filter((id): id is string => !!id),
    groups: [groupIdOf(entry)].filter((id): id is string => !!id),
    npos: [npoIdOf(entry)].filter((id): id is string => !!id),
  };
}

function groupIdOf(entry: AuditRecord): string | undefined {
  return (
    text(entry.detail['groupId']) ??
    (entry.targetType === 'community_group' ? (entry.targetId ?? undefined) : undefined)
  );
}

function npoIdOf(entry: AuditRecord): string | undefined {
  return text(entry.detail['npoId']) ?? (entry.targetType === 'npo' ? (entry.targetId ?? undefined) : undefined);
}

const PAPERS: Readonly<Record<string, Message>> = {
  notice: auditTexts.paperNotice,
  'contact-slip': auditTexts.paperContactSlip,
  'weekly-digest': auditTexts.paperWeeklyDigest,
};

/** Who did it: a person, a person acting as a centre (黒崎市民センター（山田）), or the system. */
function actorOf(entry: AuditRecord, names: AuditNames, language: Language): string {
  if (!entry.actorUserId) return translate(auditTexts.system, {}, language);
  const person = names.people.get(entry.actorUserId) ?? translate(auditTexts.formerUser, {}, language);
  const place = text(entry.detail['name']);
  const actingAs = text(entry.detail['actingAs']);
  // a staff member whose own name already says the centre is named once
  const named = place && !person.replace(/\s/g, '').includes(place.replace(/\s/g, ''));
  if (entry.action.startsWith('proxy.') && named && (actingAs === 'CENTRE' || actingAs === 'CITY'))
    return translate(auditTexts.proxyActor, { place, person }, language);
  return person;
}

/**
 * An audit entry as one sentence in the reader's language: 「黒崎市民センター（山田）が 黒崎四丁目町内会
 * の募集を代理で書きました」 / "Kurosaki centre (Yamada) wrote and published a need for …". An action
 * code without a sentence yet still reads as a sentence, naming its code.
 */
export function auditInWords(entry: AuditRecord, names: AuditNames, language: Language): string {
  const d = entry.detail;
  const groupId = groupIdOf(entry);
  const npoId = npoIdOf(entry);
  const personId = text(d['userId']) ?? text(d['claimant']);
  const params = {
    actor: actorOf(entry, names, language),
    group:
      (groupId && names.groups.get(groupId)) ||
      (entry.action.startsWith('group.') ? text(d['name']) : undefined) ||
      translate(auditTexts.unknownGroup, {}, language),
    npo: (npoId && names.npos.get(npoId)) || translate(auditTexts.unknownNpo, {}, language),
    person: (personId && names.people.get(personId)) || translate(auditTexts.unknownPerson, {}, language),
    title: text(d['title']) ?? '',
    event: text(d['name']) ?? '',
    file: text(d['fileName']) ?? '',
    count: Number(d['npos'] ?? d['letters'] ?? d['count'] ?? 0),
    paper: translate(PAPERS[text(d['kind']) ?? ''] ?? auditTexts.paperOther, {}, language),
    action: entry.action,
  };
  // only dotted keys are sentences of actions; the others are parts of sentences
  const sentence =
    (entry.action.includes('.') && (auditTexts as Readonly<Record<string, Message>>)[entry.action]) ||
    auditTexts.unknownAction;
  return translate(sentence, params, language);
}
