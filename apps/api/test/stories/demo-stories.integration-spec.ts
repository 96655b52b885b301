import { DEMO_STORIES, DEMO_STORY_TO_WRITE } from '../../src/seeds/demo-stories.step';
import { DemoSeeder } from '../../src/seeds/demo-seeder';
import { SessionClient } from '../accounts/session-client';
import { type TestApp, startTestApp } from '../test-services';
import { DataSource } from 'typeorm';

/** The demo data as `npm start` seeds it: two published good examples, and a finished need still to tell. */
describe('demo good examples', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
    await t.app.get(DemoSeeder).seed();
  }, 180_000);
  afterAll(async () => {
    await t?.close();
  });

  it('shows a visitor the two demo stories, newest first, with the group’s and the NPO’s names', async () => {
    const r = await new SessionClient(t.baseUrl).gql<{
      stories: Array<{ title: string; groupName: string; helperName: string }>;
    }>(`{ stories { title groupName helperName } }`);
    expect(r.data!.stories.map((s) => s.title).sort()).toEqual(DEMO_STORIES.map((s) => s.title).sort());
    for (const story of r.data!.stories) expect(story.helperName).not.toBe('');
  });

  it('leaves one finished need for the demo officer and NPO to tell', async () => {
    const [need] = await t.app
      .get(DataSource)
      .query(`SELECT id FROM need WHERE title = $1`, [DEMO_STORY_TO_WRITE.title]);
    const side = async (email: string, password: string) => {
      const who = await new SessionClient(t.baseUrl).signIn(email, password);
      const r = await who.gql<{ need: { viewerStorySide: string | null; story: unknown } }>(
        `query($n: ID!) { need(id: $n) { viewerStorySide story { id } } }`,
        { n: need.id },
      );
      return r.data!.need;
    };
    expect(await side('officer@demo.tsunagu.jp', 'demo-officer-2026')).toEqual({
      viewerStorySide: 'GROUP',
      story: null,
    });
    expect(await side('npo@demo.tsunagu.jp', 'demo-npo-2026')).toEqual({ viewerStorySide: 'HELPER', story: null });
  });

  it('adds nothing twice when the seeder runs again', async () => {
    await t.app.get(DemoSeeder).seed();
    const [{ count }] = await t.app.get(DataSource).query(`SELECT count(*)::int AS count FROM story`);
    expect(count).toBe(2);
  });
});
