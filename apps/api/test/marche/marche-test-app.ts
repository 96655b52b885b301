import { DataSource } from 'typeorm';
import { AccountService } from '@tsunagu/accounts/api';
import { NpoImportService } from '@tsunagu/npo/api';
import { join } from 'node:path';
import { type GqlResult, SessionClient } from '../accounts/session-client';
import { type TestApp, startTestApp } from '../test-services';

const FIXTURE = join(__dirname, '../../../../libs/matching/api/eval/kitakyushu-npos-sample.zip');
export const PASSWORD = 'marche-password-1';

export const day = (offset: number) =>
  new Date(Date.now() + 9 * 3_600_000 + offset * 86_400_000).toISOString().slice(0, 10);

const APPLY = `mutation($i: ApplyToMarcheInput!) { applyToMarche(input: $i) { id status waitlistPosition npoId } }`;

export interface Application {
  id: string;
  status: string;
  waitlistPosition: number | null;
  npoId: string;
}

/** What every marché test file starts from: the sample NPOs, a staff member and one NPO member. */
export interface MarcheTest {
  t: TestApp;
  db: DataSource;
  staff: SessionClient;
  exhibitor: SessionClient;
  /** 120 active NPOs the exhibitor looks after, so 120 different NPOs can apply at once */
  npos: string[];
  createEvent(capacity: number): Promise<string>;
  apply(
    client: SessionClient,
    eventId: string,
    npoId: string,
    boothType?: string,
  ): Promise<GqlResult<{ applyToMarche: Application }>>;
}

/** Starts the app for the file (beforeAll) and stops it after (afterAll); fields are set once it ran. */
export function useMarcheApp(): MarcheTest {
  const m = {} as MarcheTest;
  beforeAll(async () => {
    m.t = await startTestApp();
    m.db = m.t.app.get(DataSource);
    await m.t.app
      .get(NpoImportService)
      .importFile({ filePath: FIXTURE, fileName: 'sample.zip', source: 'CLI', startedBy: 'test' });
    const accounts = m.t.app.get(AccountService);
    await accounts.create({ email: 'staff@city.example.jp', password: PASSWORD, displayName: '職員', role: 'STAFF' });
    const member = await accounts.create({ email: 'npo@example.jp', password: PASSWORD, displayName: 'NPOの人' });
    // One person who looks after 120 NPOs, so 120 different NPOs can apply at once.
    m.npos = (await m.db.query(`SELECT id FROM npo WHERE status = 'ACTIVE' ORDER BY id LIMIT 120`)).map(
      (r: { id: string }) => r.id,
    );
    await m.db.query(`INSERT INTO npo_member (npo_id, user_id) SELECT unnest($1::uuid[]), $2`, [m.npos, member.id]);
    m.staff = await new SessionClient(m.t.baseUrl).signIn('staff@city.example.jp', PASSWORD);
    m.exhibitor = await new SessionClient(m.t.baseUrl).signIn('npo@example.jp', PASSWORD);
  });
  afterAll(async () => {
    await m.t?.close();
  });

  m.createEvent = async (capacity: number) => {
    const r = await m.staff.gql<{
      createMarcheEvent: { id: string; boothTypes: Array<{ code: string; capacity: number }> };
    }>(`mutation($i: CreateMarcheEventInput!) { createMarcheEvent(input: $i) { id boothTypes { code capacity } } }`, {
      i: {
        name: 'Action! NPO マルシェ 2027',
        eventDate: day(100),
        venue: '北九州市役所 1階',
        applyFrom: day(-1),
        applyUntil: day(30),
        description: 'NPOと地域がつながる一日',
        boothTypes: [
          { code: 'EXHIBIT', name: '展示ブース', capacity },
          { code: 'STAGE', name: 'ステージ発表', capacity: 12, slotMinutes: 15 },
        ],
        questions: ['当日の体験コーナーはありますか'],
      },
    });
    if (!r.data) throw new Error(JSON.stringify(r.errors));
    return r.data.createMarcheEvent.id;
  };

  m.apply = (client: SessionClient, eventId: string, npoId: string, boothType = 'EXHIBIT') =>
    client.gql<{ applyToMarche: Application }>(APPLY, {
      i: {
        eventId,
        npoId,
        boothType,
        title: '活動パネル展示',
        description: '子ども食堂の活動をパネルで紹介します。',
        consentPublish: true,
        answers: ['あります'],
      },
    });
  return m;
}
