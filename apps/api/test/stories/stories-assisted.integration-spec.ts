import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { errorCode } from '../accounts/session-client';
import {
  type AssistedWorld,
  assignCentreStaff,
  createAssistedGroup,
  createAssistedWorld,
} from '../assisted/assisted-world';
import { OFFER, inDays } from '../needs/needs-world';
import { GROUP_SIDE, HELPER_SIDE, MODERATE, PUBLISH, type StoryView, must, writeSide } from './stories-world';

// the repository's PDF reader (pdf.js), as the other paper tests read their PDFs
const PDF_TEXT = join(__dirname, '../databook/pdf-text.mjs');
const pdfPages = (file: string): string[][][] =>
  JSON.parse(execFileSync(process.execPath, [PDF_TEXT, file], { encoding: 'utf8' })) as string[][][];
const flatText = (pages: string[][][]) =>
  pages
    .flat()
    .map((cells) => cells.join(''))
    .join('')
    .replace(/\s+/g, '');

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

  it('once published, the centre’s 回覧板 insert names it as the area’s good example, still on one page', async () => {
    const written = await writeSide(w, 'npoMember', need, HELPER_SIDE);
    must(await w.as.staff.gql(MODERATE, { i: written.id, p: true, r: null }));
    const res = await w.people.centreStaff.get(`/api/assisted/centres/${w.centre}/kairanban.pdf`);
    expect(res.status).toBe(200);
    const file = join(mkdtempSync(join(tmpdir(), 'stories-kairanban-')), 'kairanban.pdf');
    writeFileSync(file, Buffer.from(await res.arrayBuffer()));
    const pages = pdfPages(file);
    expect(pages).toHaveLength(1);
    const flat = flatText(pages);
    expect(flat).toContain('地域の好事例');
    expect(flat).toContain('「公民館の草刈りを手伝ってほしい」');
    // another ward's centre does not print it
    const other = await w.people.otherCentreStaff.get(`/api/assisted/centres/${w.otherCentre}/kairanban.pdf`);
    const otherFile = join(mkdtempSync(join(tmpdir(), 'stories-kairanban-')), 'other.pdf');
    writeFileSync(otherFile, Buffer.from(await other.arrayBuffer()));
    expect(flatText(pdfPages(otherFile))).not.toContain('地域の好事例');
  });
});
