import { DIGEST_JOB, DigestMailer } from '@tsunagu/notifications/api';
import { NEED_EXPIRY_JOB, NeedExpiryJob } from '@tsunagu/needs/api';
import { JobQueue, PersonalDataRegistry } from '@tsunagu/shared/api-core';
import { type TestApp, startTestApp } from '../test-services';

const UNKNOWN = '00000000-0000-4000-8000-000000000000';

/** The needs domain's refusals in the caller's language, its background work on the job queue, its personal data. */
describe('needs: language of refusals, jobs, personal data', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t?.close();
  });

  const askNeed = async (headers: Record<string, string>) => {
    const res = await fetch(`${t.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query: `query($id: ID!) { need(id: $id) { id } }`, variables: { id: UNKNOWN } }),
    });
    const body = (await res.json()) as { errors: Array<{ message: string; extensions: { code: string } }> };
    return body.errors[0];
  };

  it('words a refusal in English when asked (Accept-Language: en), in Japanese otherwise', async () => {
    expect(await askNeed({ 'accept-language': 'en' })).toMatchObject({
      message: 'Need not found.',
      extensions: { code: 'NOT_FOUND' },
    });
    expect(await askNeed({})).toMatchObject({
      message: 'その募集は見つかりません。',
      extensions: { code: 'NOT_FOUND' },
    });
  });

  it('runs the need expiry hourly and the digest at 08:00 on the job queue, in Japan time', async () => {
    const jobs = t.app.get(JobQueue);
    await jobs.ready();
    const schedules = await (await jobs.queue()).getSchedules();
    const byName = new Map(schedules.map((s) => [s.name, s]));
    expect(byName.get(NEED_EXPIRY_JOB)).toMatchObject({ cron: '0 * * * *', timezone: 'Asia/Tokyo' });
    expect(byName.get(DIGEST_JOB)).toMatchObject({ cron: '0 8 * * *', timezone: 'Asia/Tokyo' });
  });

  it('a run twice does the work once', async () => {
    const expiry = t.app.get(NeedExpiryJob);
    await expiry.run();
    expect(await expiry.run()).toBe(0);
    const digest = t.app.get(DigestMailer);
    await digest.sendDue(new Date());
    expect(await digest.sendDue(new Date())).toBe(0);
  });

  it("contributes its sections of the personal-data export under the export's names", async () => {
    const registry = t.app.get(PersonalDataRegistry);
    expect(registry.names()).toEqual(
      expect.arrayContaining(['needsWritten', 'offersMade', 'messagesSent', 'notifications']),
    );
    expect(await registry.collect(UNKNOWN)).toMatchObject({
      needsWritten: [],
      offersMade: [],
      messagesSent: [],
      notifications: [],
    });
  });
});
