import { SearchEngineService, SearchOutboxWorker } from '@tsunagu/search/api';
import { errorCode } from '../accounts/session-client';
import { type NeedsWorld, createNeedsWorld, inDays } from './needs-world';

const POST = `mutation($i: PostNeedInput!) { postNeed(input: $i) { id status } }`;
const SEARCH = `query($i: SearchNeedsInput!) { searchNeeds(input: $i) { total hits { id title } } }`;

/**
 * What search shows follows who may see a need, at once and even when the index lags: changes
 * reach the index through the outbox in the same transaction, and every hit is checked against
 * PostgreSQL before it is shown.
 */
describe('visibility of needs in search', () => {
  let w: NeedsWorld;
  let worker: SearchOutboxWorker;
  let engine: SearchEngineService;

  beforeAll(async () => {
    w = await createNeedsWorld();
    worker = w.t.app.get(SearchOutboxWorker);
    engine = w.t.app.get(SearchEngineService);
  });
  afterAll(async () => {
    await w?.t.close();
  });

  const publish = async (title: string, groupId = w.group) => {
    const r = await w.as.officer.gql<{ postNeed: { id: string } }>(POST, {
      i: {
        groupId,
        publish: true,
        title,
        description: `${title}。市民センターで、月に一度の集まりを手伝ってくれる方を探しています。`,
        deadline: inDays(20),
      },
    });
    if (!r.data) throw new Error(JSON.stringify(r.errors));
    return r.data.postNeed.id;
  };

  const searchAs = async (who: keyof NeedsWorld['as'], query: string) => {
    const r = await w.as[who].gql<{ searchNeeds: { total: number; hits: Array<{ id: string }> } }>(SEARCH, {
      i: { query },
    });
    if (!r.data) throw new Error(JSON.stringify(r.errors));
    return { total: r.data.searchNeeds.total, ids: r.data.searchNeeds.hits.map((h) => h.id) };
  };

  const indexed = async (id: string) => {
    const index = engine.client.index(engine.indexUid('needs'));
    return index.getDocument(id).then(
      () => true,
      (error: unknown) => {
        for (let e = error, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
          if ((e as { code?: unknown }).code === 'document_not_found') return false;
        }
        throw error;
      },
    );
  };

  const decideGroup = (approve: boolean) =>
    w.as.staff.gql(`mutation($id: ID!, $a: Boolean!) { approveCommunityGroup(id: $id, approve: $a) { status } }`, {
      id: w.group,
      a: approve,
    });

  it('a group refused after approval: its needs leave searchNeeds at once and the index once the outbox drains; approved again, they return', async () => {
    const need = await publish('盆踊りのやぐら組み');
    await w.drain();
    expect((await searchAs('anonymous', '盆踊り')).ids).toEqual([need]);

    // The index is not updated meanwhile: the worker is stopped, the change waits in the outbox.
    await worker.beforeApplicationShutdown();
    expect(errorCode(await decideGroup(false))).toBeUndefined();
    for (const who of ['anonymous', 'npoMember', 'otherOfficer', 'staff'] as const) {
      expect({ who, ...(await searchAs(who, '盆踊り')) }).toEqual({ who, total: 0, ids: [] });
    }
    expect(errorCode(await w.as.npoMember.gql(`query($id: ID!) { need(id: $id) { id } }`, { id: need }))).toBe(
      'NOT_FOUND',
    );
    // The index still holds it (search was saved by the check), and the outbox holds the change.
    expect(await indexed(need)).toBe(true);
    const [{ queued }] = await w.db.query(
      `SELECT count(*)::int AS queued FROM search_outbox WHERE index_name = 'needs' AND document_id = $1`,
      [need],
    );
    expect(queued).toBeGreaterThan(0);

    await w.drain();
    expect(await indexed(need)).toBe(false);

    expect(errorCode(await decideGroup(true))).toBeUndefined();
    await w.drain();
    expect(await indexed(need)).toBe(true);
    expect((await searchAs('anonymous', '盆踊り')).ids).toEqual([need]);
  });

  it('reads a topic in any spelling: 子ども食堂, 子供食堂 and こども食堂 find the same needs with the same total', async () => {
    const need = await publish('子供食堂の配膳のお手伝い');
    await w.drain();
    const answers = await Promise.all(['子ども食堂', '子供食堂', 'こども食堂'].map((q) => searchAs('anonymous', q)));
    expect(answers[0].ids).toContain(need);
    for (const answer of answers) expect(answer).toEqual(answers[0]);
  });

  it('never shows what PostgreSQL does not allow, even when the index says otherwise', async () => {
    const shown = await publish('公園の草取り 第一班');
    const hiddenLater = await publish('公園の草取り 第二班');
    await w.drain();
    // Behind the outbox's back: hidden in the record only, and a draft written straight into the index.
    await w.db.query(`UPDATE need SET hidden_at = now() WHERE id = $1`, [hiddenLater]);
    const draft = (
      await w.as.officer.gql<{ postNeed: { id: string } }>(POST, {
        i: { groupId: w.group, publish: false, title: '公園の草取り 下書き' },
      })
    ).data!.postNeed;
    const index = engine.client.index(engine.indexUid('needs'));
    await index
      .addDocuments([{ id: draft.id, title: '公園の草取り 下書き', status: 'PUBLISHED', publishedAt: Date.now() }])
      .waitTask();
    expect(await indexed(draft.id)).toBe(true);

    const result = await searchAs('anonymous', '草取り');
    expect(result).toEqual({ total: 1, ids: [shown] });
  });

  it('searchNpos drops an NPO the record says is dissolved while the index still says active, and does not count it', async () => {
    const [npo] = await w.db.query(`SELECT id, name FROM npo WHERE id = $1`, [w.otherNpo]);
    const find = async (includeInactive: boolean) => {
      const r = await w.as.anonymous.gql<{ searchNpos: { total: number; hits: Array<{ npo: { id: string } }> } }>(
        `query($i: SearchNposInput!) { searchNpos(input: $i) { total hits { npo { id } } } }`,
        { i: { query: npo.name, includeInactive } },
      );
      if (!r.data) throw new Error(JSON.stringify(r.errors));
      return { total: r.data.searchNpos.total, found: r.data.searchNpos.hits.some((h) => h.npo.id === npo.id) };
    };
    const before = await find(false);
    expect(before.found).toBe(true);
    // Behind the outbox's back, as a lagging index would be.
    await w.db.query(`UPDATE npo SET status = 'DISSOLVED' WHERE id = $1`, [npo.id]);
    try {
      expect(await find(false)).toEqual({ total: before.total - 1, found: false });
      expect((await find(true)).found).toBe(true);
    } finally {
      await w.db.query(`UPDATE npo SET status = 'ACTIVE' WHERE id = $1`, [npo.id]);
    }
  });
});
