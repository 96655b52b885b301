import { ClaimCodeService } from '@tsunagu/outreach/api';
import { type GqlResult, errorCode } from '../accounts/session-client';
import type { Person } from '../needs/needs-world';
import { type IntroductionWorld, REQUEST, createIntroductionWorld, openNeed } from './introduction-world';

type Outcome = 'ok' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND';
type Caller = Exclude<Person, 'pendingOfficer'>;
const PEOPLE: Caller[] = ['anonymous', 'officer', 'otherOfficer', 'npoMember', 'otherNpoMember', 'staff'];

const outcomeOf = (r: GqlResult<unknown>): Outcome => {
  const code = errorCode(r);
  if (code) return code as Outcome;
  if (r.errors) throw new Error(r.errors[0]?.message);
  return 'ok';
};
const onlyStaff: Record<Caller, Outcome> = {
  anonymous: 'UNAUTHENTICATED',
  officer: 'FORBIDDEN',
  otherOfficer: 'FORBIDDEN',
  npoMember: 'FORBIDDEN',
  otherNpoMember: 'FORBIDDEN',
  staff: 'ok',
};
const statusOf = (status: number): Outcome =>
  status === 200 ? 'ok' : status === 401 ? 'UNAUTHENTICATED' : status === 403 ? 'FORBIDDEN' : 'NOT_FOUND';

/**
 * Every operation of the city's bridge to NPOs, called by every kind of caller: the group's
 * officer, another group's officer, members of two NPOs, staff and an anonymous visitor. What
 * staff hold (contacts, letters with live codes, the queue, the funnel) reaches staff only.
 */
describe('outreach authorisation matrix', () => {
  let w: IntroductionWorld;
  let need: string;
  /** an NPO of the city without an account, asked on `need` */
  let asked: string;
  let contactId: string;
  let letterJob: string;
  let claimable: readonly string[];

  beforeAll(async () => {
    w = await createIntroductionWorld();
    need = await openNeed(w, '見守り活動の相談');
    asked = w.unclaimed[0]!.id;
    claimable = w.unclaimed.slice(1).map((n) => n.id);
    await w.as.officer.gql(REQUEST, { n: need, o: asked });
    const recorded = await w.as.staff.gql<{ recordNpoContact: { id: string } }>(
      `mutation($n: ID!) { recordNpoContact(npoId: $n, input: { phone: "093-111-2222", source: FILING, notedOn: "2026-11-01" }) { id } }`,
      { n: asked },
    );
    contactId = recorded.data!.recordNpoContact.id;
    const job = await w.as.staff.gql<{ generateInvitationLetters: { id: string } }>(
      `mutation($n: ID!) { generateInvitationLetters(input: { selection: CHOSEN, npoIds: [$n], sendMail: false }) { id } }`,
      { n: asked },
    );
    letterJob = job.data!.generateInvitationLetters.id;
  });
  afterAll(async () => {
    await w?.t.close();
  });

  /** A fresh request on a fresh need, for the operations that use one up. */
  const freshRequest = async (): Promise<string> => {
    const n = await openNeed(w, '防災訓練の講師');
    const r = await w.as.officer.gql<{ requestIntroduction: { id: string } }>(REQUEST, { n, o: asked });
    return r.data!.requestIntroduction.id;
  };
  const codeFor = (npoId: string) =>
    w.db.transaction(async (m) => (await w.t.app.get(ClaimCodeService).issue(npoId, null, w.userId.staff, m)).code);

  const cases: Array<{ name: string; expect: Record<Caller, Outcome>; run: (p: Caller) => Promise<Outcome> }> = [
    {
      name: 'requestIntroduction on the officer’s need',
      expect: {
        anonymous: 'UNAUTHENTICATED',
        officer: 'ok',
        otherOfficer: 'FORBIDDEN',
        npoMember: 'FORBIDDEN',
        otherNpoMember: 'FORBIDDEN',
        staff: 'FORBIDDEN',
      },
      run: async (p) => outcomeOf(await w.as[p].gql(REQUEST, { n: need, o: w.unclaimed[1]!.id })),
    },
    {
      name: 'needIntroductions',
      expect: { ...onlyStaff, officer: 'ok' },
      run: async (p) =>
        outcomeOf(await w.as[p].gql(`query($n: ID!) { needIntroductions(needId: $n) { id status } }`, { n: need })),
    },
    {
      name: 'waitingIntroductionsForNpo (npoMember’s NPO)',
      expect: { ...onlyStaff, npoMember: 'ok' },
      run: async (p) =>
        outcomeOf(await w.as[p].gql(`query($o: ID!) { waitingIntroductionsForNpo(npoId: $o) { id } }`, { o: w.npo })),
    },
    {
      name: 'introductionRequests (the staff queue)',
      expect: onlyStaff,
      run: async (p) => outcomeOf(await w.as[p].gql(`{ introductionRequests { npo { id } waitingDays } }`)),
    },
    {
      name: 'markIntroductionsForwarded',
      expect: onlyStaff,
      run: async (p) =>
        outcomeOf(
          await w.as[p].gql(`mutation($o: ID!) { markIntroductionsForwarded(npoId: $o, how: PHONE) }`, { o: asked }),
        ),
    },
    {
      name: 'closeIntroductionRequest',
      expect: onlyStaff,
      run: async (p) =>
        outcomeOf(
          await w.as[p].gql(`mutation($i: ID!) { closeIntroductionRequest(id: $i, reason: DECLINED) { id } }`, {
            i: await freshRequest(),
          }),
        ),
    },
    {
      name: 'npoContacts',
      expect: onlyStaff,
      run: async (p) =>
        outcomeOf(await w.as[p].gql(`query($o: ID!) { npoContacts(npoId: $o) { phone } }`, { o: asked })),
    },
    {
      name: 'recordNpoContact',
      expect: onlyStaff,
      run: async (p) =>
        outcomeOf(
          await w.as[p].gql(
            `mutation($o: ID!) { recordNpoContact(npoId: $o, input: { email: "jimukyoku@example.jp", source: PHONE, notedOn: "2026-11-20" }) { id } }`,
            { o: asked },
          ),
        ),
    },
    {
      name: 'removeNpoContact',
      expect: onlyStaff,
      run: async (p) =>
        outcomeOf(await w.as[p].gql(`mutation($i: ID!) { removeNpoContact(id: $i) }`, { i: contactId })),
    },
    {
      name: 'generateInvitationLetters',
      expect: onlyStaff,
      run: async (p) =>
        outcomeOf(
          await w.as[p].gql(
            `mutation($n: ID!) { generateInvitationLetters(input: { selection: CHOSEN, npoIds: [$n], sendMail: false }) { id } }`,
            { n: asked },
          ),
        ),
    },
    {
      name: 'invitationLetterJob',
      expect: onlyStaff,
      run: async (p) =>
        outcomeOf(await w.as[p].gql(`query($i: ID!) { invitationLetterJob(id: $i) { status } }`, { i: letterJob })),
    },
    {
      name: 'invitationLetterJobs',
      expect: onlyStaff,
      run: async (p) => outcomeOf(await w.as[p].gql(`{ invitationLetterJobs { id } }`)),
    },
    {
      name: 'GET /api/invitation-letters/:id.pdf (live codes inside)',
      expect: onlyStaff,
      run: async (p) => statusOf((await w.as[p].get(`/api/invitation-letters/${letterJob}.pdf`)).status),
    },
    {
      name: 'npoOutreachFunnel',
      expect: onlyStaff,
      run: async (p) => outcomeOf(await w.as[p].gql(`{ npoOutreachFunnel { city { steps { step count } } } }`)),
    },
    {
      name: 'GET /api/staff/outreach-funnel.csv',
      expect: onlyStaff,
      run: async (p) => statusOf((await w.as[p].get(`/api/staff/outreach-funnel.csv`)).status),
    },
    {
      name: 'claimCodePreview (anyone holding the letter)',
      expect: {
        anonymous: 'ok',
        officer: 'ok',
        otherOfficer: 'ok',
        npoMember: 'ok',
        otherNpoMember: 'ok',
        staff: 'ok',
      },
      run: async (p) =>
        outcomeOf(
          await w.as[p].gql(`query($c: String!) { claimCodePreview(code: $c) { npoName } }`, {
            c: await codeFor(asked),
          }),
        ),
    },
    {
      name: 'claimNpoWithCode (each caller their own letter)',
      expect: {
        anonymous: 'UNAUTHENTICATED',
        officer: 'ok',
        otherOfficer: 'ok',
        npoMember: 'ok',
        otherNpoMember: 'ok',
        staff: 'ok',
      },
      run: async (p) =>
        outcomeOf(
          await w.as[p].gql(`mutation($c: String!) { claimNpoWithCode(code: $c) { npoId } }`, {
            c: await codeFor(claimable[PEOPLE.indexOf(p) % claimable.length]!),
          }),
        ),
    },
    {
      name: 'confirmNpoEntry (npoMember’s NPO)',
      expect: { ...onlyStaff, npoMember: 'ok', staff: 'FORBIDDEN' },
      run: async (p) =>
        outcomeOf(
          await w.as[p].gql(`mutation($o: ID!) { confirmNpoEntry(npoId: $o, outcome: CONFIRMED) { id } }`, {
            o: w.npo,
          }),
        ),
    },
    {
      name: 'npoEntryConfirmation (the NPO’s latest answer)',
      expect: { ...onlyStaff, npoMember: 'ok' },
      run: async (p) =>
        outcomeOf(await w.as[p].gql(`query($o: ID!) { npoEntryConfirmation(npoId: $o) { outcome } }`, { o: w.npo })),
    },
    {
      name: 'npoEntryConfirmations',
      expect: onlyStaff,
      run: async (p) => outcomeOf(await w.as[p].gql(`{ npoEntryConfirmations { npoName } }`)),
    },
  ];

  for (const operation of cases) {
    it(operation.name, async () => {
      const actual = {} as Record<Caller, Outcome>;
      for (const person of PEOPLE) actual[person] = await operation.run(person);
      expect(actual).toEqual(operation.expect);
    });
  }
});
