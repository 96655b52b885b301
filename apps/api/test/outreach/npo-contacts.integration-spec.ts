import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { NpoContactRetentionJob, NpoContactService } from '@tsunagu/outreach/api';
import { PersonalDataRegistry } from '@tsunagu/shared/api-core';
import { type GqlResult, type SessionClient, errorCode } from '../accounts/session-client';
import { type NeedsWorld, type Person, createNeedsWorld, inDays } from '../needs/needs-world';

const RECORD = `mutation($n: ID!, $i: NpoContactInput!) {
  recordNpoContact(npoId: $n, input: $i) { id npoId phone email contactPerson source sourceNote notedOn recordedByName createdAt }
}`;
const LIST = `query($n: ID!) { npoContacts(npoId: $n) { id phone email contactPerson recordedByName } }`;
const REMOVE = `mutation($id: ID!) { removeNpoContact(id: $id) }`;
const CONFIRM = `mutation($n: ID!, $o: NpoEntryOutcome!, $note: String) {
  confirmNpoEntry(npoId: $n, outcome: $o, note: $note) { id npoId npoName outcome note confirmedByName }
}`;
const CONFIRMATIONS = `{ npoEntryConfirmations { npoId npoName outcome note confirmedByName } }`;
/** The NPO page's own query, as the web client sends it. */
const NPO_PAGE = readFileSync(join(__dirname, '../../../web/src/features/npos/graphql/npo.graphql'), 'utf8');

/** Typed full-width, as staff copy it from a filing; stored half-width. */
const SECRET = { phone: '０９３－５５５－０１２３', email: 'jimukyoku-secret@example.org', contactPerson: '秘密 花子' };
const SECRET_TRACES = ['555-0123', '5550123', '０１２３', 'jimukyoku-secret', '秘密'];
const NON_STAFF: Person[] = ['anonymous', 'officer', 'npoMember', 'otherNpoMember'];

type Contact = { id: string; phone: string | null; email: string | null; contactPerson: string | null };

/** Every field of a GraphQL type (and of the objects inside it, two levels down) that takes no argument. */
async function allFieldsOf(client: SessionClient, typeName: string, depth = 2): Promise<string> {
  type TypeRef = { kind: string; name: string | null; ofType: TypeRef | null };
  const r = await client.gql<{ __type: { fields: Array<{ name: string; args: unknown[]; type: TypeRef }> } }>(
    `query($t: String!) { __type(name: $t) { fields { name args { name } type { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } }`,
    { t: typeName },
  );
  const parts: string[] = [];
  for (const field of r.data!.__type.fields.filter((f) => f.args.length === 0)) {
    let type = field.type;
    while (type.ofType) type = type.ofType;
    if (type.kind !== 'OBJECT') parts.push(field.name);
    else if (depth > 0) parts.push(`${field.name} { ${await allFieldsOf(client, type.name as string, depth - 1)} }`);
  }
  return parts.join(' ');
}

/**
 * The contacts the city's staff hold for NPOs: staff record, list and remove them, every step
 * audit-logged; nobody else reaches them, not through the NPO's page, its type or search; the
 * retention rule; and the NPO's confirmation of its data-book entry.
 */
describe('staff-held NPO contacts and entry confirmations', () => {
  let w: NeedsWorld;
  let npoName: string;

  beforeAll(async () => {
    w = await createNeedsWorld();
    [{ name: npoName }] = await w.db.query(`SELECT name FROM npo WHERE id = $1`, [w.npo]);
  });
  afterAll(async () => {
    await w?.t.close();
  });

  const record = (npoId: string, input: Record<string, unknown>, who: Person = 'staff') =>
    w.as[who].gql<{ recordNpoContact: Contact & Record<string, unknown> }>(RECORD, {
      n: npoId,
      i: { source: 'FILING', notedOn: inDays(-3), ...input },
    });
  const audit = (action: string, targetId: string): Promise<Array<{ actor: string | null; detail: object }>> =>
    w.db.query(
      `SELECT actor_user_id AS actor, detail FROM audit_log WHERE action = $1 AND target_id = $2 ORDER BY id`,
      [action, targetId],
    );
  const otherNpos = async (count: number): Promise<string[]> =>
    (
      await w.db.query(`SELECT id FROM npo WHERE status = 'ACTIVE' AND id <> ALL($1::uuid[]) ORDER BY name LIMIT $2`, [
        [w.npo, w.otherNpo],
        count,
      ])
    ).map((r: { id: string }) => r.id);

  it('lets staff record a contact, cleaned, and list the kept ones newest first; both are audit-logged', async () => {
    const first = await record(w.npo, { ...SECRET, sourceNote: '  令和6年度 事業報告書  ' });
    expect(first.errors).toBeUndefined();
    expect(first.data?.recordNpoContact).toMatchObject({
      npoId: w.npo,
      phone: '093-555-0123',
      email: SECRET.email,
      contactPerson: '秘密 花子',
      source: 'FILING',
      sourceNote: '令和6年度 事業報告書',
      recordedByName: 'staff',
    });
    const second = await record(w.npo, { email: '  Ｉｎｆｏ@Example.ORG ', phone: '', source: 'PHONE' });
    expect(second.data?.recordNpoContact).toMatchObject({
      phone: null,
      email: 'info@example.org',
      contactPerson: null,
    });

    const list = await w.as.staff.gql<{ npoContacts: Contact[] }>(LIST, { n: w.npo });
    expect(list.data?.npoContacts.map((c) => c.id)).toEqual([
      second.data?.recordNpoContact.id,
      first.data?.recordNpoContact.id,
    ]);
    const recorded = await audit('npo-contact.recorded', w.npo);
    expect(recorded.map((a) => a.detail)).toEqual([
      { contactId: first.data?.recordNpoContact.id, kinds: 'phone,email,contactPerson', source: 'FILING' },
      { contactId: second.data?.recordNpoContact.id, kinds: 'email', source: 'PHONE' },
    ]);
    expect(await audit('npo-contact.viewed', w.npo)).toEqual([{ actor: w.userId.staff, detail: { count: 2 } }]);
    // the log says which kinds were recorded, never the values
    const logged = JSON.stringify(await w.db.query(`SELECT detail FROM audit_log`));
    for (const trace of [...SECRET_TRACES, 'info@example.org']) expect(logged).not.toContain(trace);
  });

  it('refuses a contact with nothing in it, a phone without its area code, a day that is not, or to come', async () => {
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ phone: ' ', email: null, contactPerson: '' }, 'phone'],
      [{ phone: '555-0123' }, 'phone'],
      [{ contactPerson: '山田', notedOn: '2026-02-30' }, 'notedOn'],
      [{ contactPerson: '山田', notedOn: inDays(3) }, 'notedOn'],
    ];
    for (const [input, field] of cases) {
      const r = await record(w.npo, input);
      expect(errorCode(r)).toBe('BAD_USER_INPUT');
      expect(r.errors?.[0]?.extensions?.['field']).toBe(field);
    }
    expect(errorCode(await record(w.npo, { email: 'not-an-email' }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await record('00000000-0000-4000-8000-000000000000', { contactPerson: '山田' }))).toBe(
      'NOT_FOUND',
    );
  });

  it('removes a contact for good: off the list, its values blanked, audit-logged', async () => {
    const [npoId] = await otherNpos(1);
    const older = await record(npoId as string, { phone: '093-111-2222' });
    const newer = await record(npoId as string, { contactPerson: '消す 予定', sourceNote: '電話で聞いた' });
    const id = newer.data!.recordNpoContact.id;
    const latest = () => w.t.app.get(NpoContactService).latestFor([npoId as string, w.otherNpo]);
    expect((await latest()).get(npoId as string)?.id).toBe(id);
    expect((await latest()).has(w.otherNpo)).toBe(false);

    expect((await w.as.staff.gql<{ removeNpoContact: boolean }>(REMOVE, { id })).data?.removeNpoContact).toBe(true);
    const list = await w.as.staff.gql<{ npoContacts: Contact[] }>(LIST, { n: npoId });
    expect(list.data?.npoContacts.map((c) => c.id)).toEqual([older.data?.recordNpoContact.id]);
    expect((await latest()).get(npoId as string)?.id).toBe(older.data?.recordNpoContact.id);
    const [row] = await w.db.query(
      `SELECT phone, email, contact_person, source_note, removed_at IS NOT NULL AS removed FROM npo_contact WHERE id = $1`,
      [id],
    );
    expect(row).toEqual({ phone: null, email: null, contact_person: '', source_note: null, removed: true });
    expect(await audit('npo-contact.removed', npoId as string)).toEqual([
      { actor: w.userId.staff, detail: { contactId: id } },
    ]);
    expect(errorCode(await w.as.staff.gql(REMOVE, { id }))).toBe('NOT_FOUND');
  });

  it('lets nobody but staff record, list or remove contacts', async () => {
    const { id } = (await record(w.npo, { contactPerson: '権限 確認' })).data!.recordNpoContact;
    for (const who of NON_STAFF) {
      const expected = who === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN';
      expect(errorCode(await record(w.npo, { contactPerson: '勝手 な人' }, who))).toBe(expected);
      expect(errorCode(await w.as[who].gql(LIST, { n: w.npo }))).toBe(expected);
      expect(errorCode(await w.as[who].gql(REMOVE, { id }))).toBe(expected);
    }
    const kept = await w.as.staff.gql<{ npoContacts: Contact[] }>(LIST, { n: w.npo });
    expect(kept.data?.npoContacts.map((c) => c.contactPerson)).toContain('権限 確認');
    expect(kept.data?.npoContacts.map((c) => c.contactPerson)).not.toContain('勝手 な人');
  });

  it('never shows a contact on the NPO’s type, its page or in search, to anyone', async () => {
    await w.drain();
    const npoFields = await allFieldsOf(w.as.anonymous, 'Npo');
    const everyField = `query($id: ID!) { npo(id: $id) { ${npoFields} } }`;
    const search = `query($i: SearchNposInput!) { searchNpos(input: $i) { hits { npo { ${npoFields} } highlights { field snippet } } } }`;
    const reads: Array<Promise<GqlResult>> = [];
    for (const who of [...NON_STAFF, 'staff' as const]) {
      reads.push(w.as[who].gql(everyField, { id: w.npo }));
      reads.push(w.as[who].gql(NPO_PAGE, { id: w.npo }));
      reads.push(w.as[who].gql(search, { i: { query: npoName, pageSize: 5 } }));
    }
    for (const result of await Promise.all(reads)) {
      expect(result.errors).toBeUndefined();
      const text = JSON.stringify(result.data);
      expect(text).toContain(w.npo);
      for (const trace of SECRET_TRACES) expect(text).not.toContain(trace);
    }
    for (const query of ['093-555-0123', SECRET.email, '秘密 花子']) {
      const r = await w.as.anonymous.gql<{ searchNpos: { hits: Array<{ npo: { id: string } }> } }>(
        `query($i: SearchNposInput!) { searchNpos(input: $i) { hits { npo { id } } } }`,
        { i: { query } },
      );
      expect(r.data?.searchNpos.hits.map((h) => h.npo.id)).not.toContain(w.npo);
    }
  });

  it('removes the contacts of an NPO that has not been active for 90 days, and keeps the others', async () => {
    const [longGone, justDissolved] = (await otherNpos(4)).slice(2) as [string, string];
    await record(longGone, { phone: '093-333-4444' });
    await record(justDissolved, { phone: '093-333-5555' });
    await w.db.query(`UPDATE npo SET status = 'DISSOLVED', updated_at = now() - interval '100 days' WHERE id = $1`, [
      longGone,
    ]);
    await w.db.query(`UPDATE npo SET status = 'DISSOLVED', updated_at = now() - interval '10 days' WHERE id = $1`, [
      justDissolved,
    ]);
    const job = w.t.app.get(NpoContactRetentionJob);
    expect(await job.run()).toBe(1);
    const contacts = w.t.app.get(NpoContactService);
    const latest = await contacts.latestFor([longGone, justDissolved, w.npo]);
    expect([...latest.keys()].sort()).toEqual([justDissolved, w.npo].sort());
    expect(await audit('npo-contact.removed', longGone)).toEqual([
      { actor: null, detail: { reason: 'NPO_NOT_ACTIVE', npoStatus: 'DISSOLVED', count: 1 } },
    ]);
    expect(await job.run()).toBe(0);
  });

  it('lets a member of the NPO confirm or correct its entry, and staff see who did', async () => {
    const confirm = (who: Person, outcome: string, note: string | null = null, npoId = w.npo) =>
      w.as[who].gql<{ confirmNpoEntry: Record<string, unknown> }>(CONFIRM, { n: npoId, o: outcome, note });
    const ok = await confirm('npoMember', 'CONFIRMED');
    expect(ok.data?.confirmNpoEntry).toMatchObject({
      npoId: w.npo,
      npoName,
      outcome: 'CONFIRMED',
      note: null,
      confirmedByName: 'npoMember',
    });
    for (const [note, field] of [
      [null, 'note'],
      ['   ', 'note'],
      ['あ'.repeat(1001), 'note'],
    ] as const) {
      const r = await confirm('npoMember', 'CORRECTED', note);
      expect(errorCode(r)).toBe('BAD_USER_INPUT');
      expect(r.errors?.[0]?.extensions?.['field']).toBe(field);
    }
    const corrected = await confirm('npoMember', 'CORRECTED', ' 代表者が変わりました。 ');
    expect(corrected.data?.confirmNpoEntry).toMatchObject({ outcome: 'CORRECTED', note: '代表者が変わりました。' });
    for (const who of ['otherNpoMember', 'officer', 'staff'] as const) {
      expect(errorCode(await confirm(who, 'CONFIRMED'))).toBe('FORBIDDEN');
    }
    expect(errorCode(await confirm('anonymous', 'CONFIRMED'))).toBe('UNAUTHENTICATED');

    const seen = await w.as.staff.gql<{ npoEntryConfirmations: unknown[] }>(CONFIRMATIONS);
    expect(seen.data?.npoEntryConfirmations).toEqual([
      { npoId: w.npo, npoName, outcome: 'CORRECTED', note: '代表者が変わりました。', confirmedByName: 'npoMember' },
      { npoId: w.npo, npoName, outcome: 'CONFIRMED', note: null, confirmedByName: 'npoMember' },
    ]);
    for (const who of NON_STAFF) {
      const expected = who === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN';
      expect(errorCode(await w.as[who].gql(CONFIRMATIONS))).toBe(expected);
    }
    const mine = await w.t.app.get(PersonalDataRegistry).collect(w.userId.npoMember);
    expect((mine['npoEntryConfirmations'] as Array<{ outcome: string }>).map((c) => c.outcome)).toEqual([
      'CONFIRMED',
      'CORRECTED',
    ]);
    const logged = await audit('npo-entry.confirmed', w.npo);
    expect(logged.map((a) => [a.actor, (a.detail as { outcome: string }).outcome])).toEqual([
      [w.userId.npoMember, 'CONFIRMED'],
      [w.userId.npoMember, 'CORRECTED'],
    ]);
  });
});
