import { type Application, PASSWORD, useMarcheApp } from './marche-test-app';
import { SessionClient, errorCode } from '../accounts/session-client';

/** Capacity and waitlist of the marché, through the API, on real PostgreSQL. */
describe('marché applications: capacity and the waitlist', () => {
  const m = useMarcheApp();

  it('never overbooks: 100 applications at once for 10 places give 10 PENDING and a waitlist 1..90', async () => {
    const eventId = await m.createEvent(10);
    const results = await Promise.all(m.npos.slice(0, 100).map((npoId) => m.apply(m.exhibitor, eventId, npoId)));
    const errors = results.filter((r) => r.errors);
    expect(errors).toEqual([]);
    const applications = results.map((r) => r.data!.applyToMarche);
    expect(applications.filter((a) => a.status === 'PENDING')).toHaveLength(10);
    const waitlisted = applications.filter((a) => a.status === 'WAITLISTED');
    expect(waitlisted).toHaveLength(90);
    expect(waitlisted.map((a) => a.waitlistPosition).sort((a, b) => a! - b!)).toEqual(
      Array.from({ length: 90 }, (_, i) => i + 1),
    );
    // And the record agrees with what callers were told.
    const [{ held }] = await m.db.query(
      `SELECT count(*)::int AS held FROM marche_application WHERE event_id = $1 AND status IN ('PENDING', 'ACCEPTED')`,
      [eventId],
    );
    expect(held).toBe(10);
  });

  it('10 applications of one NPO to two booth types at once: exactly one succeeds, every other answer is CONFLICT', async () => {
    const eventId = await m.createEvent(10);
    // Several rounds, one NPO each: the race between the two booth types' locks is a matter of timing.
    for (const npoId of m.npos.slice(0, 5)) {
      const results = await Promise.all(
        Array.from({ length: 10 }, (_, i) => m.apply(m.exhibitor, eventId, npoId, i % 2 === 0 ? 'EXHIBIT' : 'STAGE')),
      );
      expect(results.filter((r) => r.data?.applyToMarche)).toHaveLength(1);
      const refusals = results.filter((r) => r.errors);
      expect(refusals.map((r) => [errorCode(r), r.errors![0].message])).toEqual(
        Array.from({ length: 9 }, () => ['CONFLICT', 'この団体はもう申し込んでいます']),
      );
      const [{ count }] = await m.db.query(
        `SELECT count(*)::int AS count FROM marche_application WHERE event_id = $1 AND npo_id = $2`,
        [eventId, npoId],
      );
      expect(count).toBe(1);
    }
  });

  it('withdrawal and rejection promote the first on the waitlist and tell it; positions stay 1..N', async () => {
    const eventId = await m.createEvent(2);
    const made: Application[] = [];
    for (const npoId of m.npos.slice(100, 105))
      made.push((await m.apply(m.exhibitor, eventId, npoId)).data!.applyToMarche);
    expect(made.map((x) => [x.status, x.waitlistPosition])).toEqual([
      ['PENDING', null],
      ['PENDING', null],
      ['WAITLISTED', 1],
      ['WAITLISTED', 2],
      ['WAITLISTED', 3],
    ]);
    const list = async () =>
      (
        await m.staff.gql<{ marcheApplications: Application[] }>(
          `query($e: ID!) { marcheApplications(eventId: $e) { id status waitlistPosition npoId } }`,
          {
            e: eventId,
          },
        )
      ).data!.marcheApplications;
    const byId = async (id: string) => (await list()).find((x) => x.id === id)!;

    // The second waitlisted withdraws: the third moves up to 2.
    await m.exhibitor.gql(`mutation($id: ID!) { withdrawMarcheApplication(id: $id) { status } }`, { id: made[3].id });
    expect(await byId(made[4].id)).toMatchObject({ status: 'WAITLISTED', waitlistPosition: 2 });

    // A pending one withdraws: the first waitlisted becomes PENDING and is told.
    await m.exhibitor.gql(`mutation($id: ID!) { withdrawMarcheApplication(id: $id) { status } }`, { id: made[0].id });
    expect(await byId(made[2].id)).toMatchObject({ status: 'PENDING', waitlistPosition: null });
    expect(await byId(made[4].id)).toMatchObject({ status: 'WAITLISTED', waitlistPosition: 1 });
    const [told] = await m.db.query(
      `SELECT title FROM notification WHERE kind = 'marche.promoted' ORDER BY created_at DESC LIMIT 1`,
    );
    expect(told.title).toContain('キャンセル待ちから、審査待ちになりました');

    // Staff review: accept one; reject another with a reason the NPO sees; the waitlist moves.
    const accept = await m.staff.gql<{ reviewMarcheApplication: Application }>(
      `mutation($id: ID!) { reviewMarcheApplication(id: $id, decision: ACCEPT) { status } }`,
      { id: made[1].id },
    );
    expect(accept.data!.reviewMarcheApplication.status).toBe('ACCEPTED');
    const noReason = await m.staff.gql(
      `mutation($id: ID!) { reviewMarcheApplication(id: $id, decision: REJECT) { status } }`,
      { id: made[2].id },
    );
    expect(errorCode(noReason)).toBe('BAD_USER_INPUT');
    await m.staff.gql(
      `mutation($id: ID!) { reviewMarcheApplication(id: $id, decision: REJECT, reason: "展示の内容が募集の趣旨と合わないため") { status } }`,
      {
        id: made[2].id,
      },
    );
    const seen = await m.exhibitor.gql<{
      marcheApplications: Array<{ id: string; status: string; reviewReason: string | null }>;
    }>(`query($e: ID!) { marcheApplications(eventId: $e) { id status reviewReason } }`, { e: eventId });
    expect(seen.data!.marcheApplications.find((x) => x.id === made[2].id)).toMatchObject({
      status: 'REJECTED',
      reviewReason: '展示の内容が募集の趣旨と合わないため',
    });
    expect(await byId(made[4].id)).toMatchObject({ status: 'PENDING', waitlistPosition: null });

    // Only the NPO's members and m.staff act on it; an NPO applies once per event.
    expect(errorCode(await m.apply(m.exhibitor, eventId, m.npos[101]))).toBe('CONFLICT');
    const stranger = await new SessionClient(m.t.baseUrl).signIn('staff@city.example.jp', PASSWORD);
    expect(
      errorCode(
        await stranger.gql(`mutation($id: ID!) { withdrawMarcheApplication(id: $id) { status } }`, { id: made[1].id }),
      ),
    ).toBe('FORBIDDEN');
    expect(
      errorCode(
        await m.exhibitor.gql(`mutation($id: ID!) { reviewMarcheApplication(id: $id, decision: ACCEPT) { status } }`, {
          id: made[4].id,
        }),
      ),
    ).toBe('FORBIDDEN');
  });
});
