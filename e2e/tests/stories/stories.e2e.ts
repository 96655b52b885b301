import type { Page } from '@playwright/test';
import sharp from 'sharp';
import { sql } from '../../fixtures/product-data';
import { signedIn } from '../../fixtures/sign-in';
import { expect, test } from '../../fixtures/test';

const OFFICER = { email: 'officer@demo.tsunagu.jp', password: 'demo-officer-2026' };
const NPO_MEMBER = { email: 'npo@demo.tsunagu.jp', password: 'demo-npo-2026' };
const STAFF = { email: 'staff@demo.tsunagu.jp', password: 'demo-staff-2026' };

/** A GraphQL call as the person signed in on this page (the same session cookie). */
async function gql<T>(page: Page, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await page.request.post('/graphql', { data: { query, variables } });
  const body = (await res.json()) as { data?: T; errors?: unknown };
  expect(body.errors, query).toBeUndefined();
  return body.data as T;
}

const inDays = (days: number) => new Date(Date.now() + 9 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);

/** Writes this side of the story on the need's page and consents. */
async function writeSide(page: Page, needPath: string, whatHappened: string, whatItTook: string, title?: string) {
  await page.goto(needPath);
  const panel = page.getByTestId('story-panel');
  await expect(panel.getByRole('heading', { name: '好事例として紹介しませんか' })).toBeVisible();
  if (title) await panel.getByTestId('story-title').fill(title);
  await panel.getByTestId('story-whatHappened').fill(whatHappened);
  await panel.getByTestId('story-whatItTook').fill(whatItTook);
  await panel.getByLabel('好事例として公開することに同意します').check();
  await panel.getByTestId('story-save').click();
  await expect(panel.getByTestId('story-saved')).toHaveText('保存しました。');
}

test.describe('good examples (好事例)', () => {
  test('a done need becomes a story: the group and the NPO each write and consent, staff publish, it is on the home page', async ({
    page,
    browser,
    checkA11y,
  }, testInfo) => {
    test.setTimeout(120_000);
    const run = `${testInfo.project.name}-${Date.now()}`;
    const needTitle = `町内の清掃活動を手伝ってほしい（E2E ${run}）`;
    const storyTitle = `みんなできれいにした町内の清掃（E2E ${run}）`;

    // The need ran and is done: posted by the group, the demo NPO's offer accepted, closed as done.
    const [{ group }] = await sql<{ group: string }>(`SELECT id AS group FROM community_group WHERE name = $1`, [
      '黒崎三丁目自治会',
    ]);
    const [{ npo }] = await sql<{ npo: string }>(
      `SELECT m.npo_id AS npo FROM npo_member m JOIN user_account u ON u.id = m.user_id WHERE u.email = $1 LIMIT 1`,
      [NPO_MEMBER.email],
    );
    const officer = await signedIn(browser, OFFICER, { page, landsOn: /\/me$/ });
    const posted = await gql<{ postNeed: { id: string } }>(
      officer,
      `mutation($i: PostNeedInput!) { postNeed(input: $i) { id } }`,
      {
        i: {
          groupId: group,
          title: needTitle,
          description: '町内の道路と公園のごみ拾いを、いっしょにしてくれる方を探しています。',
          fields: [7],
          helpKind: 'VOLUNTEERS',
          ward: '八幡西区',
          deadline: inDays(20),
          publish: true,
        },
      },
    );
    const needPath = `/needs/${posted.postNeed.id}`;
    const helper = await signedIn(browser, NPO_MEMBER, { landsOn: /\/me$/ });
    const offered = await gql<{ offerHelp: { id: string } }>(
      helper,
      `mutation($n: ID!, $o: ID!, $m: String!) { offerHelp(needId: $n, npoId: $o, message: $m) { id } }`,
      { n: posted.postNeed.id, o: npo, m: 'スタッフ3人で、土曜日の朝にお手伝いできます。' },
    );
    await gql(officer, `mutation($o: ID!) { respondToOffer(offerId: $o, accept: true) { id } }`, {
      o: offered.offerHelp.id,
    });
    await gql(officer, `mutation($n: ID!) { closeNeed(id: $n, outcome: DONE, report: "無事に終わりました") { id } }`, {
      n: posted.postNeed.id,
    });

    // The group writes its side, with a title, and consents: the story waits for the helper.
    await writeSide(
      officer,
      needPath,
      '町内の大人と子ども30人で、道路と公園のごみを拾いました。',
      '半日、ごみ袋とトング（自治会の備品）',
      storyTitle,
    );
    await expect(officer.getByTestId('story-panel')).toContainText('相手の同意を待っています。');
    // …and adds a photo of the day
    const photo = await sharp({ create: { width: 320, height: 240, channels: 3, background: '#4a8c3f' } })
      .jpeg()
      .toBuffer();
    await officer
      .getByTestId('story-photo')
      .setInputFiles({ name: 'seisou.jpg', mimeType: 'image/jpeg', buffer: photo });
    await expect(officer.getByRole('img', { name: '黒崎三丁目自治会の活動の写真' })).toBeVisible();
    await checkA11y(officer);

    // The NPO member writes the helper's side and consents: it goes to the city.
    await writeSide(
      helper,
      needPath,
      'ごみの分け方を説明し、重いごみの運び出しを担当しました。',
      'スタッフ3人、軍手30組',
    );
    await expect(helper.getByTestId('story-panel')).toContainText('両方が同意しました。市の確認を待っています。');
    await checkA11y(helper);

    // Before staff decide, a visitor does not see it.
    const visitor = await (await browser.newContext({ locale: 'ja-JP' })).newPage();
    await visitor.goto('/stories');
    await expect(visitor.getByRole('heading', { level: 1, name: '好事例' })).toBeVisible();
    await expect(visitor.getByText(storyTitle)).toHaveCount(0);

    // Staff read both sides on their page and publish it.
    const staff = await signedIn(browser, STAFF, { landsOn: /\/staff$/ });
    await staff.getByTestId('staff-stories-link').click();
    await expect(staff).toHaveURL(/\/staff\/stories$/);
    const card = staff.getByTestId('story-moderation-card').filter({ hasText: storyTitle });
    await expect(card).toContainText('町内の大人と子ども30人で');
    await expect(card).toContainText('重いごみの運び出し');
    await checkA11y(staff);
    await card.getByTestId('story-publish').click();
    await expect(staff.getByTestId('story-decided')).toHaveText(`「${storyTitle}」を公開しました。`);

    // Anyone sees it on the home page, and its own page prints on one sheet.
    await visitor.goto('/');
    const home = visitor.getByTestId('home-stories');
    await expect(home.getByRole('link', { name: `${storyTitle}を読む` })).toBeVisible();
    await checkA11y(visitor);
    await home.getByRole('link', { name: `${storyTitle}を読む` }).click();
    await expect(visitor.getByRole('heading', { level: 1 })).toHaveText(storyTitle);
    await expect(visitor.getByTestId('story-byline')).toContainText('黒崎三丁目自治会（八幡西区）');
    await expect(visitor.getByTestId('story-print')).toBeVisible();
    await expect(visitor.getByRole('img', { name: '黒崎三丁目自治会の活動の写真' })).toBeVisible();
    await expect(visitor.getByText(OFFICER.email)).toHaveCount(0);
    await checkA11y(visitor);
    await visitor.emulateMedia({ media: 'print' });
    await expect(visitor.getByTestId('story-print')).toBeHidden();
    const pdf = await visitor.pdf({ format: 'A4' }).catch(() => null);
    // (page.pdf exists in headless Chromium only; where it does not, the print CSS check above stands)
    if (pdf) expect(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length).toBe(1);
  });
});
