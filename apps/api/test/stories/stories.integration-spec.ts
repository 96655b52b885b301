import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataBookService } from '@tsunagu/databook/api';
import type { NeedsWorld } from '../needs/needs-world';
import { createNeedsWorld } from '../needs/needs-world';
import { errorCode } from '../accounts/session-client';
import { gqlIn } from '../schemes/schemes-world';
import {
  GROUP_SIDE,
  HELPER_SIDE,
  MODERATE,
  PUBLISH,
  STORY_FIELDS,
  type StoryView,
  finishedNeed,
  must,
  writeSide,
} from './stories-world';

const PUBLIC_LIST = `query($q: String) { stories(query: $q) { id title groupName helperName } }`;
const ONE = `query($i: ID!) { story(id: $i) { ${STORY_FIELDS} } }`;

/**
 * Good examples: a finished need becomes a public story only when both the group and its helper
 * consented and staff published it; a refusal stays with the two parties, who read why.
 */
describe('good examples (好事例)', () => {
  let w: NeedsWorld;
  beforeAll(async () => {
    w = await createNeedsWorld();
  });
  afterAll(async () => {
    await w?.t.close();
  });

  const publicIds = async (query?: string) =>
    must(await w.as.anonymous.gql<{ stories: StoryView[] }>(PUBLIC_LIST, { q: query ?? null })).stories.map(
      (s) => s.id,
    );
  const noticesOf = async (userId: string) =>
    (await w.db.query(`SELECT title, body, link FROM notification WHERE user_id = $1 ORDER BY created_at`, [
      userId,
    ])) as Array<{ title: string; body: string; link: string }>;

  it('one side alone stays private; both sides go to staff, and the story is public only once staff publish it', async () => {
    const need = await finishedNeed(w, 'お正月飾りづくり');
    const first = await writeSide(w, 'officer', need, { ...GROUP_SIDE, title: '子どもとつくるお正月飾り' });
    expect(first).toMatchObject({ status: 'DRAFT', viewerSide: 'GROUP', groupSide: { consented: true } });
    expect(await publicIds()).not.toContain(first.id);
    expect(errorCode(await w.as.anonymous.gql(ONE, { i: first.id }))).toBe('NOT_FOUND');
    expect(errorCode(await w.as.otherNpoMember.gql(ONE, { i: first.id }))).toBe('NOT_FOUND');
    // the helper reads the group's side before writing its own
    const seenByHelper = must(await w.as.npoMember.gql<{ story: StoryView }>(ONE, { i: first.id })).story;
    expect(seenByHelper).toMatchObject({ viewerSide: 'HELPER', groupSide: { whatHappened: GROUP_SIDE.whatHappened } });

    const both = await writeSide(w, 'npoMember', need, HELPER_SIDE);
    expect(both.status).toBe('AWAITING_MODERATION');
    expect(await publicIds()).not.toContain(first.id);
    expect(errorCode(await w.as.anonymous.gql(ONE, { i: first.id }))).toBe('NOT_FOUND');
    const queue = must(await w.as.staff.gql<{ storiesToModerate: StoryView[] }>(`{ storiesToModerate { id } }`));
    expect(queue.storiesToModerate.map((s) => s.id)).toContain(first.id);
    expect((await noticesOf(w.userId.staff)).map((n) => n.title)).toContain(
      '好事例「子どもとつくるお正月飾り」の確認をお願いします',
    );

    const published = must(
      await w.as.staff.gql<{ moderateStory: StoryView }>(MODERATE, { i: first.id, p: true, r: null }),
    ).moderateStory;
    expect(published.status).toBe('PUBLISHED');
    expect(await publicIds()).toContain(first.id);
    expect(await publicIds('お年寄り')).toContain(first.id);
    expect(await publicIds('マラソン大会')).not.toContain(first.id);
    const seen = must(await w.as.anonymous.gql<{ story: StoryView }>(ONE, { i: first.id })).story;
    expect(seen).toMatchObject({
      title: '子どもとつくるお正月飾り',
      groupName: '黒崎三丁目自治会',
      viewerSide: null,
      groupSide: { whatHappened: GROUP_SIDE.whatHappened },
      helperSide: { whatHappened: HELPER_SIDE.whatHappened },
    });
    expect(seen.helperName).not.toBe('');
    const ofHelper = must(
      await w.as.anonymous.gql<{ storiesOfHelper: StoryView[] }>(
        `query($h: ID!) { storiesOfHelper(helperId: $h) { id } }`,
        {
          h: w.npo,
        },
      ),
    );
    expect(ofHelper.storiesOfHelper.map((s) => s.id)).toContain(first.id);
    for (const person of [w.userId.officer, w.userId.npoMember])
      expect((await noticesOf(person)).map((n) => n.title)).toContain(
        '好事例「子どもとつくるお正月飾り」が公開されました',
      );
  });

  it('the public page shows no contact details and not who wrote it', async () => {
    const r = await w.as.anonymous.gql(`{ stories { id } }`);
    expect(r.errors).toBeUndefined();
    const [row] = await w.db.query(`SELECT id FROM story WHERE status = 'PUBLISHED' LIMIT 1`);
    const text = JSON.stringify(must(await w.as.anonymous.gql(ONE, { i: row.id })));
    expect(text).not.toContain('093-622-1234');
    expect(text).not.toContain('kurosaki-jichikai@example.jp');
    expect(text).not.toContain('officer');
    expect(text).not.toContain('npoMember');
  });

  it('a refused story stays private, and the two parties read the reason', async () => {
    const need = await finishedNeed(w, '防災訓練の炊き出し');
    const story = await writeSide(w, 'officer', need, GROUP_SIDE);
    await writeSide(w, 'npoMember', need, HELPER_SIDE);
    const missing = await w.as.staff.gql(MODERATE, { i: story.id, p: false, r: '  ' });
    expect(errorCode(missing)).toBe('BAD_USER_INPUT');
    const refused = must(
      await w.as.staff.gql<{ moderateStory: StoryView }>(MODERATE, {
        i: story.id,
        p: false,
        r: '子どもの顔がわかる写真の説明があるため',
      }),
    ).moderateStory;
    expect(refused.status).toBe('REFUSED');
    expect(await publicIds()).not.toContain(story.id);
    expect(errorCode(await w.as.anonymous.gql(ONE, { i: story.id }))).toBe('NOT_FOUND');
    for (const who of ['officer', 'npoMember'] as const) {
      const seen = must(await w.as[who].gql<{ story: StoryView }>(ONE, { i: story.id })).story;
      expect(seen).toMatchObject({ status: 'REFUSED', refusalReason: '子どもの顔がわかる写真の説明があるため' });
    }
    expect((await noticesOf(w.userId.officer)).map((n) => n.body).join('\n')).toContain(
      '理由: 子どもの顔がわかる写真の説明があるため',
    );
    // deciding twice is a conflict, not a second notice
    expect(errorCode(await w.as.staff.gql(MODERATE, { i: story.id, p: true, r: null }))).toBe('CONFLICT');
    // rewriting with both consents sends it back to staff
    const again = await writeSide(w, 'officer', need, {
      ...GROUP_SIDE,
      whatHappened: '子ども20人とお正月飾りをつくりました。',
    });
    expect(again).toMatchObject({ status: 'AWAITING_MODERATION', refusalReason: null });
  });

  it('withdrawing one consent takes a published story down until both consent and staff check it again', async () => {
    const need = await finishedNeed(w, '夏祭りの片付け');
    const story = await writeSide(w, 'officer', need, GROUP_SIDE);
    await writeSide(w, 'npoMember', need, HELPER_SIDE);
    must(await w.as.staff.gql(MODERATE, { i: story.id, p: true, r: null }));
    expect(await publicIds()).toContain(story.id);
    const withdrawn = await writeSide(w, 'npoMember', need, { ...HELPER_SIDE, consent: false });
    expect(withdrawn.status).toBe('DRAFT');
    expect(await publicIds()).not.toContain(story.id);
  });

  it('staff may take a published story down with a reason the parties read; publishing it twice is a conflict', async () => {
    const need = await finishedNeed(w, '敬老会の受付');
    const story = await writeSide(w, 'officer', need, GROUP_SIDE);
    await writeSide(w, 'npoMember', need, HELPER_SIDE);
    must(await w.as.staff.gql(MODERATE, { i: story.id, p: true, r: null }));
    expect(errorCode(await w.as.staff.gql(MODERATE, { i: story.id, p: true, r: null }))).toBe('CONFLICT');
    const down = must(
      await w.as.staff.gql<{ moderateStory: StoryView }>(MODERATE, {
        i: story.id,
        p: false,
        r: '写っている方から、のせないでほしいと連絡がありました',
      }),
    ).moderateStory;
    expect(down).toMatchObject({
      status: 'REFUSED',
      refusalReason: '写っている方から、のせないでほしいと連絡がありました',
    });
    expect(await publicIds()).not.toContain(story.id);
  });

  it('an outsider cannot write a side', async () => {
    const need = await finishedNeed(w, '餅つき大会');
    expect(errorCode(await w.as.otherNpoMember.gql(PUBLISH, { n: need, i: HELPER_SIDE }))).toMatch(
      /^(FORBIDDEN|NOT_FOUND)$/,
    );
    expect(errorCode(await w.as.otherOfficer.gql(PUBLISH, { n: need, i: GROUP_SIDE }))).toMatch(
      /^(FORBIDDEN|NOT_FOUND)$/,
    );
    expect(errorCode(await w.as.anonymous.gql(PUBLISH, { n: need, i: GROUP_SIDE }))).toBe('UNAUTHENTICATED');
    const [{ count }] = await w.db.query(`SELECT count(*)::int AS count FROM story WHERE need_id = $1`, [need]);
    expect(count).toBe(0);
  });

  it('a need not finished yet is refused with a clear Japanese message, in English for an English browser', async () => {
    const need = await finishedNeed(w, '花壇の手入れ', false);
    const ja = await gqlIn(w, 'ja', PUBLISH, { n: need, i: GROUP_SIDE }, w.as.officer.cookie);
    expect(ja.errors?.[0]).toMatchObject({
      message: '好事例を書けるのは、終わった募集だけです。募集を「完了」にしてから書いてください。',
      extensions: { code: 'BAD_USER_INPUT', field: 'needId' },
    });
    const en = await gqlIn(w, 'en', PUBLISH, { n: need, i: GROUP_SIDE }, w.as.officer.cookie);
    expect(en.errors?.[0]?.message).toBe(
      'A good example can only be written for a finished need. Please mark the need as done first.',
    );
  });

  it('an empty account of what happened is refused, naming the field', async () => {
    const need = await finishedNeed(w, '通学路の見守り');
    const r = await w.as.officer.gql(PUBLISH, { n: need, i: { ...GROUP_SIDE, whatHappened: '   ' } });
    expect(r.errors?.[0]).toMatchObject({
      message: '「どんなことをしたか」を書いてください。',
      extensions: { code: 'BAD_USER_INPUT', field: 'whatHappened' },
    });
  });

  it('a finished need shows each party the side it may write, and nobody else any', async () => {
    const need = await finishedNeed(w, '公園の清掃');
    const sideOf = async (who: 'officer' | 'npoMember' | 'staff') =>
      must(
        await w.as[who].gql<{ need: { viewerStorySide: string | null } }>(
          `query($n: ID!) { need(id: $n) { viewerStorySide story { id } } }`,
          { n: need },
        ),
      ).need.viewerStorySide;
    expect(await sideOf('officer')).toBe('GROUP');
    expect(await sideOf('npoMember')).toBe('HELPER');
    expect(await sideOf('staff')).toBeNull();
  });

  it('the data book of the ward prints its published stories in a section of their own, listed in the contents', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'stories-book-')), 'book.pdf');
    const result = await w.t.app
      .get(DataBookService)
      .generate({ groupBy: 'ward', wards: ['八幡西区'], editionYear: 2026 }, file);
    const pages = JSON.parse(
      execFileSync(process.execPath, [join(__dirname, '../databook/pdf-text.mjs'), file], { encoding: 'utf8' }),
    ) as string[][][];
    expect(pages).toHaveLength(result.pages);
    const text = (p: string[][]) =>
      p
        .map((cells) => cells.join(''))
        .join('')
        .replace(/\s+/g, '');
    // the contents (page 3) names the section and how many
    expect(text(pages[2])).toMatch(/好事例地域の団体とNPOなどの取り組み（\d+件）/);
    const all = pages.map(text).join('');
    expect(all).toContain('子どもとつくるお正月飾り');
    // a refused or withdrawn story is not in the book
    expect(all).not.toContain('防災訓練の炊き出し');
  });
});
