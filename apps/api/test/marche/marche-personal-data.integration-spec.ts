import { PersonalDataRegistry } from '@tsunagu/shared/api-core';
import { useMarcheApp } from './marche-test-app';

/** The marché's part of a person's data export: their applications and their meeting wishes. */
describe('marché personal data', () => {
  const m = useMarcheApp();

  it('the export of an applicant holds the applications they wrote and the exhibitors they marked', async () => {
    const eventId = await m.createEvent(5);
    const applied = (await m.apply(m.exhibitor, eventId, m.npos[0])).data!.applyToMarche;
    await m.staff.gql(`mutation($id: ID!) { reviewMarcheApplication(id: $id, decision: ACCEPT) { status } }`, {
      id: applied.id,
    });
    const [{ id: userId }] = await m.db.query(`SELECT id FROM user_account WHERE email = 'npo@example.jp'`);
    const [group] = await m.db.query(
      `INSERT INTO community_group (name, kind, ward, status) VALUES ('到津自治会', 'JICHIKAI', '小倉北区', 'VERIFIED') RETURNING id`,
    );
    await m.db.query(`INSERT INTO group_member (group_id, user_id, role) VALUES ($1, $2, 'OWNER')`, [group.id, userId]);
    const wish = await m.exhibitor.gql<{ wishToMeetAtMarche: boolean }>(
      `mutation($e: ID!, $n: ID!, $g: ID!) { wishToMeetAtMarche(eventId: $e, npoId: $n, groupId: $g) }`,
      { e: eventId, n: applied.npoId, g: group.id },
    );
    expect(wish.data!.wishToMeetAtMarche).toBe(true);

    const data = await m.t.app.get(PersonalDataRegistry).collect(userId);
    expect(data['marcheApplications']).toEqual([
      expect.objectContaining({
        id: applied.id,
        event_id: eventId,
        npo_id: applied.npoId,
        title: '活動パネル展示',
        description: '子ども食堂の活動をパネルで紹介します。',
        answers: ['あります'],
        status: 'ACCEPTED',
      }),
    ]);
    expect(data['marcheMeetingWishes']).toEqual([
      expect.objectContaining({ event_id: eventId, npo_id: applied.npoId, group_id: group.id }),
    ]);
    // Someone else's export holds none of it.
    const [{ id: staffId }] = await m.db.query(`SELECT id FROM user_account WHERE email = 'staff@city.example.jp'`);
    expect(await m.t.app.get(PersonalDataRegistry).collect(staffId)).toMatchObject({
      marcheApplications: [],
      marcheMeetingWishes: [],
    });
  });
});
