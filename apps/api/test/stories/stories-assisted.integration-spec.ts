import { errorCode } from '../accounts/session-client';
import {
  type AssistedWorld,
  assignCentreStaff,
  createAssistedGroup,
  createAssistedWorld,
} from '../assisted/assisted-world';
import { OFFER, inDays } from '../needs/needs-world';
import { GROUP_SIDE, PUBLISH, type StoryView, must } from './stories-world';

/** An assisted group (no one online): its 市民センター writes the group's side, as it acts for the group elsewhere. */
describe('good examples of an assisted group', () => {
  let w: AssistedWorld;
  let need: string;
  beforeAll(async () => {
    w = await createAssistedWorld();
    must(await assignCentreStaff(w.as.staff, w.centre, 'centrestaff@example.jp'));
    must(await assignCentreStaff(w.as.staff, w.otherCentre, 'othercentrestaff@example.jp'));
    const group = must(await createAssistedGroup(w.people.centreStaff, w.centre)).createAssistedGroup.id;
    need = must(
      await w.people.centreStaff.gql<{ postNeed: { id: string } }>(
        `mutation($i: PostNeedInput!) { postNeed(input: $i) { id } }`,
        {
          i: {
            groupId: group,
            publish: true,
            title: '公民館の草刈りを手伝ってほしい',
            description: '夏の前に、公民館のまわりの草刈りを手伝ってくれる方を探しています。',
            deadline: inDays(20),
          },
        },
      ),
    ).postNeed.id;
    const offer = must(
      await w.as.npoMember.gql<{ offerHelp: { id: string } }>(OFFER, {
        n: need,
        o: w.npo,
        m: '草刈り機を持って4人で伺えます。',
      }),
    ).offerHelp.id;
    must(
      await w.people.centreStaff.gql(`mutation($o: ID!) { respondToOffer(offerId: $o, accept: true) { id } }`, {
        o: offer,
      }),
    );
    must(
      await w.people.centreStaff.gql(`mutation($n: ID!) { closeNeed(id: $n, outcome: DONE, report: null) { id } }`, {
        n: need,
      }),
    );
  });
  afterAll(async () => {
    await w?.t.close();
  });

  it('the centre that acts for the group writes its side; another centre may not', async () => {
    const written = must(
      await w.people.centreStaff.gql<{ publishStory: StoryView }>(PUBLISH, { n: need, i: GROUP_SIDE }),
    ).publishStory;
    expect(written).toMatchObject({ viewerSide: 'GROUP', groupSide: { consented: true }, status: 'DRAFT' });
    expect(errorCode(await w.people.otherCentreStaff.gql(PUBLISH, { n: need, i: GROUP_SIDE }))).toMatch(
      /^(FORBIDDEN|NOT_FOUND)$/,
    );
  });
});
