import { type NeedsWorld, createNeedsWorld, inDays, postNeed } from '../needs/needs-world';

const QUERY = `query($id: ID!) { matchNposForNeed(needId: $id, limit: 10) { reasons npo { name } } }`;
const JAPANESE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}、。「」（）：]/u;

/**
 * Suggestions for a need through the API, on the fixture the evaluation uses: who asks (役員が
 * 高齢になり) is not read as who is helped, and the reasons are in the caller's language.
 */
describe('matching: what is asked, in the caller’s language', () => {
  let w: NeedsWorld;
  let needId: string;

  beforeAll(async () => {
    w = await createNeedsWorld();
    const posted = await postNeed(w, {
      publish: true,
      title: '風師山の登り道の枝はらいと草刈りを手伝って',
      description: '役員が高齢になり、登り道の手入れが大変です。山の木の手入れにくわしい人を探しています。',
      deadline: inDays(20),
    });
    needId = posted.data!.postNeed.id;
  });
  afterAll(async () => {
    await w?.t.close();
  });

  const matches = async (language: 'ja' | 'en') => {
    const res = await fetch(`${w.t.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-language': language },
      body: JSON.stringify({ query: QUERY, variables: { id: needId } }),
    });
    const body = (await res.json()) as {
      data?: { matchNposForNeed: Array<{ reasons: string[]; npo: { name: string } }> };
    };
    return body.data!.matchNposForNeed;
  };

  it('suggests woodland groups for branch cutting, not elderly care for the officers’ age', async () => {
    const ja = await matches('ja');
    expect(ja.length).toBeGreaterThan(0);
    for (const m of ja.slice(0, 5)) expect(m.npo.name).toMatch(/里山|髙見の里/);
    expect(ja.flatMap((m) => m.reasons)).not.toContainEqual(expect.stringContaining('高齢'));
    expect(ja[0].reasons).toContain('「枝はらい」に取り組んでいます（森・里山の手入れ）');
  });

  it('words the reasons in English with Japanese only inside the quoted words of the need', async () => {
    const en = await matches('en');
    const reasons = en.flatMap((m) => m.reasons);
    expect(reasons).toContain('Works on woodland and hill care (“枝はらい”)');
    for (const reason of reasons) expect(reason.replace(/“[^”]*”/g, '')).not.toMatch(JAPANESE);
    expect(reasons.join(' ')).not.toContain('、');
  });
});
