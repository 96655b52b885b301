import { AccountService } from '@tsunagu/accounts/api';
import { SessionClient } from '../accounts/session-client';
import { type NeedsWorld, PASSWORD, createNeedsWorld, inDays, postNeed } from '../needs/needs-world';

const MATCH = `query($id: ID!, $kinds: [HelperKind!]) {
  matchNposForNeed(needId: $id, limit: 10, kinds: $kinds) { reasons npo { id name kind } }
}`;
const RECOMMENDED = `query($npo: ID!) { recommendedNeedsForNpo(npoId: $npo, limit: 10) { reasons need { id title } } }`;
const JAPANESE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}、。「」（）：]/u;
const COMPANY = '株式会社とばたウェブ工房';
const UNIVERSITY = '北九州市立大学 地域創生学群 広報デザインゼミ';

interface Match {
  reasons: string[];
  npo: { id: string; name: string; kind: string };
}

/**
 * Suggestions for a need weigh companies and university groups beside the 346 NPOs of the
 * evaluation's file, by the same words: each says what kind of helper it is, the officer can ask
 * for NPOs only, and a company's member sees the need among its recommendations.
 */
describe('matching: helpers of every kind', () => {
  let w: NeedsWorld;
  let needId: string;
  let companyId: string;
  let companyMember: SessionClient;

  beforeAll(async () => {
    w = await createNeedsWorld();
    const rows: Array<{ id: string; name: string }> = await w.db.query(
      `INSERT INTO npo (kind, name, city, ward, purpose, fields, status)
       VALUES ('COMPANY', $1, '北九州市', '戸畑区',
               '自治会・町内会のホームページづくり、LINE公式アカウントや SNS でのお知らせの出し方を教えて手伝います。', '{14,3}', 'ACTIVE'),
              ('UNIVERSITY', $2, '北九州市', '小倉南区',
               '学生が町内会と一緒にホームページ・SNS・チラシをつくります。', '{14,2,3}', 'ACTIVE')
       RETURNING id, name`,
      [COMPANY, UNIVERSITY],
    );
    companyId = rows.find((r) => r.name === COMPANY)!.id;
    const member = await w.t.app.get(AccountService).create({
      email: 'company-member@example.jp',
      password: PASSWORD,
      displayName: 'company member',
      role: 'MEMBER',
    });
    await w.db.query(`INSERT INTO npo_member (npo_id, user_id) VALUES ($1, $2)`, [companyId, member.id]);
    companyMember = await new SessionClient(w.t.baseUrl).signIn('company-member@example.jp', PASSWORD);
    const posted = await postNeed(w, {
      publish: true,
      title: '自治会のお知らせをホームページやLINEで出したい',
      description: '回覧板だけでは若い世帯に届きません。お知らせをホームページやLINEで出す方法を教えてほしいです。',
      deadline: inDays(20),
    });
    needId = posted.data!.postNeed.id;
  });
  afterAll(async () => {
    await w?.t.close();
  });

  const matches = async (language: 'ja' | 'en', kinds?: string[]) => {
    const res = await fetch(`${w.t.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-language': language },
      body: JSON.stringify({ query: MATCH, variables: { id: needId, kinds } }),
    });
    const body = (await res.json()) as { data?: { matchNposForNeed: Match[] } };
    return body.data!.matchNposForNeed;
  };
  const byName = (list: Match[], name: string) => list.find((m) => m.npo.name === name);

  it('suggests a company and a university group by default, each saying first what kind it is', async () => {
    const ja = await matches('ja');
    expect(byName(ja, COMPANY)?.npo.kind).toBe('COMPANY');
    expect(byName(ja, COMPANY)?.reasons[0]).toBe('企業です（地域のために活動しているチーム）');
    expect(byName(ja, UNIVERSITY)?.reasons[0]).toBe('大学のゼミ・サークルです');
    // they fit by what they do, as an NPO would
    expect(byName(ja, COMPANY)?.reasons).toContainEqual(expect.stringContaining('ホームページ'));
    const npo = ja.find((m) => m.npo.kind === 'NPO');
    expect(npo?.reasons.join()).not.toMatch(/企業です|大学の/);
  });

  it('names the kind in English without Japanese outside the need’s quoted words', async () => {
    const en = await matches('en');
    expect(byName(en, COMPANY)?.reasons[0]).toBe('A company (a team that works for the community)');
    expect(byName(en, UNIVERSITY)?.reasons[0]).toMatch(/^A university group/);
    for (const reason of en.flatMap((m) => m.reasons)) expect(reason.replace(/“[^”]*”/g, '')).not.toMatch(JAPANESE);
  });

  it('leaves companies and universities out when the officer asks for NPOs only', async () => {
    const npos = await matches('ja', ['NPO']);
    expect(npos.length).toBeGreaterThan(0);
    expect(npos.every((m) => m.npo.kind === 'NPO')).toBe(true);
    const others = await matches('ja', ['COMPANY', 'UNIVERSITY']);
    expect(others.map((m) => m.npo.name).sort()).toEqual([UNIVERSITY, COMPANY].sort());
  });

  it('recommends the need to the company’s member, as to an NPO’s', async () => {
    const r = await companyMember.gql<{ recommendedNeedsForNpo: Array<{ reasons: string[]; need: { id: string } }> }>(
      RECOMMENDED,
      { npo: companyId },
    );
    const mine = r.data?.recommendedNeedsForNpo.find((m) => m.need.id === needId);
    expect(mine?.reasons).toContainEqual(expect.stringContaining('ホームページ'));
    expect(mine?.reasons.join()).toContain('自分でページを更新しています');
  });
});
