import { DEMO_ONLINE_NEWS_NEED, DEMO_SCHEMES } from '../../src/seeds/demo-schemes.step';
import { errorCode } from '../accounts/session-client';
import { inDays, postNeed } from '../needs/needs-world';
import { SAVE, SCHEME_FIELDS, type SchemesWorld, createSchemesWorld, gqlIn } from './schemes-world';

const LIST = `query($r: Boolean) { supportSchemes(includeRetired: $r) { ${SCHEME_FIELDS} } }`;
const MATCH = `query($n: ID!) { matchSchemesForNeed(needId: $n) { reasons scheme { name officePhone eligibility } } }`;
const JAPANESE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}、。「」『』（）：]/u;

type Match = { reasons: string[]; scheme: { name: string; officePhone: string; eligibility: string } };

/**
 * The city's support schemes through the API: staff keep the catalogue (checked, audit-logged),
 * everyone reads it, and a need's fitting schemes come with reasons in the reader's language.
 */
describe('support schemes', () => {
  let w: SchemesWorld;
  let onlineNeed: string;

  beforeAll(async () => {
    w = await createSchemesWorld();
    const posted = await postNeed(w, {
      publish: true,
      title: DEMO_ONLINE_NEWS_NEED.title,
      description: DEMO_ONLINE_NEWS_NEED.description,
      helpKind: DEMO_ONLINE_NEWS_NEED.helpKind,
      deadline: inDays(20),
    });
    onlineNeed = posted.data!.postNeed.id;
  });
  afterAll(async () => {
    await w?.t.close();
  });

  const matches = async (needId: string, language: 'ja' | 'en' = 'ja', cookie = '') => {
    const r = await gqlIn<{ matchSchemesForNeed: Match[] }>(w, language, MATCH, { n: needId }, cookie);
    if (!r.data) throw new Error(JSON.stringify(r.errors));
    return r.data.matchSchemesForNeed;
  };

  it('shows everyone the active schemes by name, and logs who added them', async () => {
    const r = await w.as.anonymous.gql<{ supportSchemes: Array<{ name: string; officePhone: string }> }>(LIST);
    expect(r.data!.supportSchemes.map((s) => s.name).sort()).toEqual(DEMO_SCHEMES.map((s) => s.name).sort());
    const logged = await w.db.query(
      `SELECT actor_user_id AS actor, detail->>'title' AS title FROM audit_log WHERE action = 'scheme.created'`,
    );
    expect(logged).toHaveLength(3);
    expect(logged[0].actor).toBe(w.userId.staff);
  });

  it('suggests 課題解決型地域づくり事業 first for putting the 自治会’s news online, with why', async () => {
    const found = await matches(onlineNeed);
    expect(found[0]?.scheme.name).toBe('課題解決型地域づくり事業');
    expect(found.map((m) => m.scheme.name)).not.toContain('マンション管理士派遣');
    expect(found.length).toBeLessThanOrEqual(3);
    expect(found[0]?.reasons).toContain('『ホームページ・SNSでの発信』に使える制度です（募集の「お知らせ」）');
    expect(found[0]?.scheme.eligibility).toContain('自治会');
  });

  it('words the reasons in English with Japanese only inside the need’s quoted words', async () => {
    const found = await matches(onlineNeed, 'en');
    const reasons = found.flatMap((m) => m.reasons);
    expect(reasons).toContain('A scheme for “websites and social media” (the need says “お知らせ”)');
    for (const reason of reasons) expect(reason.replace(/“[^”]*”/g, '')).not.toMatch(JAPANESE);
  });

  it('gives nothing, not filler, for a need no scheme is for', async () => {
    const posted = await postNeed(w, {
      publish: true,
      title: '子ども食堂の配膳を手伝ってほしい',
      description: '月に2回、子ども食堂で調理や配膳を手伝ってくれる方を探しています。',
      fields: [13],
      deadline: inDays(20),
    });
    expect(await matches(posted.data!.postNeed.id)).toEqual([]);
  });

  it('refuses the schemes of a hidden need to anyone who may not see the need, as NOT_FOUND', async () => {
    const posted = await postNeed(w, {
      publish: true,
      title: '町内会のホームページをつくりたい',
      description: 'ホームページでお知らせを出したいです。',
      deadline: inDays(20),
    });
    const id = posted.data!.postNeed.id;
    expect(
      errorCode(await w.as.staff.gql(`mutation($i: ID!) { hideNeed(id: $i, reason: "test") { id } }`, { i: id })),
    ).toBe(undefined);
    const r = await w.as.otherOfficer.gql(MATCH, { n: id });
    expect(errorCode(r)).toBe('NOT_FOUND');
    expect(r.data ?? null).toBeNull();
    expect(errorCode(await w.as.anonymous.gql(MATCH, { n: id }))).toBe('NOT_FOUND');
    expect((await matches(id, 'ja', w.as.staff.cookie)).length).toBeGreaterThan(0);
  });

  it('refuses unknown topics and empty texts in the caller’s language, and changes nothing', async () => {
    const base = { ...DEMO_SCHEMES[2]!, name: '新しい制度' };
    const unknown = await gqlIn(w, 'en', SAVE, { i: { ...base, concepts: ['websites'] } }, w.as.staff.cookie);
    expect(errorCode(unknown)).toBe('BAD_USER_INPUT');
    expect(unknown.errors?.[0]?.extensions?.['field']).toBe('concepts');
    expect(unknown.errors?.[0]?.message).toBe('An unknown topic was given (“websites”). Please choose from the list.');
    const empty = await gqlIn(w, 'ja', SAVE, { i: { ...base, howToApply: ' ' } }, w.as.staff.cookie);
    expect(empty.errors?.[0]?.message).toBe('「申し込み方法」を書いてください。');
    const taken = await w.as.staff.gql(SAVE, { i: DEMO_SCHEMES[0] });
    expect(errorCode(taken)).toBe('CONFLICT');
    const [{ count }] = await w.db.query(`SELECT count(*)::int AS count FROM support_scheme`);
    expect(count).toBe(3);
  });

  it('lets staff edit a scheme, retire it (gone from the page and the suggestions) and restore it', async () => {
    const id = w.schemeIds.get('課題解決型地域づくり事業')!;
    const edited = await w.as.staff.gql<{ saveSupportScheme: { summary: string } }>(SAVE, {
      i: { ...DEMO_SCHEMES[0], id, summary: '地域の困りごとを解決する事業を支えます。' },
    });
    expect(edited.data!.saveSupportScheme.summary).toBe('地域の困りごとを解決する事業を支えます。');
    await w.as.staff.gql(`mutation($i: ID!) { retireSupportScheme(id: $i) { id active } }`, { i: id });
    const listed = await w.as.anonymous.gql<{ supportSchemes: Array<{ id: string }> }>(LIST);
    expect(listed.data!.supportSchemes.map((s) => s.id)).not.toContain(id);
    expect((await matches(onlineNeed)).map((m) => m.scheme.name)).not.toContain('課題解決型地域づくり事業');
    expect(errorCode(await w.as.anonymous.gql(`query($i: ID!) { supportScheme(id: $i) { id } }`, { i: id }))).toBe(
      'NOT_FOUND',
    );
    const staffList = await w.as.staff.gql<{ supportSchemes: Array<{ id: string; active: boolean }> }>(LIST, {
      r: true,
    });
    expect(staffList.data!.supportSchemes.find((s) => s.id === id)?.active).toBe(false);
    await w.as.staff.gql(`mutation($i: ID!) { restoreSupportScheme(id: $i) { id } }`, { i: id });
    expect((await matches(onlineNeed))[0]?.scheme.name).toBe('課題解決型地域づくり事業');
    const actions = await w.db.query(`SELECT action FROM audit_log WHERE target_id = $1 ORDER BY id`, [id]);
    expect(actions.map((a: { action: string }) => a.action)).toEqual([
      'scheme.created',
      'scheme.updated',
      'scheme.retired',
      'scheme.restored',
    ]);
  });

  it('offers staff the thesaurus’s topics by label', async () => {
    const r = await w.as.staff.gql<{ civicConcepts: Array<{ id: string; labelJa: string; labelEn: string }> }>(
      `{ civicConcepts { id labelJa labelEn } }`,
    );
    expect(r.data!.civicConcepts).toContainEqual({
      id: 'publicity-online',
      labelJa: 'ホームページ・SNSでの発信',
      labelEn: 'websites and social media',
    });
  });
});
