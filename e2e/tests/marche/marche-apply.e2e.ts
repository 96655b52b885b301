import type { Page } from '@playwright/test';
import { signedIn } from '../../fixtures/sign-in';
import { expect, test } from '../../fixtures/test';

const NPO_MEMBER = { email: 'npo@demo.tsunagu.jp', password: 'demo-npo-2026' };
const STAFF = { email: 'staff@demo.tsunagu.jp', password: 'demo-staff-2026' };

const dayInJapan = (plusDays: number) =>
  new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Tokyo' }).format(new Date(Date.now() + plusDays * 86_400_000));

async function gql<T>(page: Page, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await page.request.post('/graphql', { data: { query, variables } });
  const body = (await response.json()) as { data: T; errors?: unknown };
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return body.data;
}

test('an NPO applies to the marché, staff accept and place it, visitors find it on the map', async ({
  browser,
  checkA11y,
}) => {
  // Three people in three browsers: longer than the default 30 s on a busy 2-core machine.
  test.setTimeout(90_000);
  // Each run (desktop and phone share one server) gets its own marché, laid out like the demo's,
  // so that the demo NPO can apply once in each.
  const staff = await signedIn(browser, STAFF);
  const name = `E2E マルシェ ${test.info().project.name} ${Date.now()}`;
  const { createMarcheEvent: event } = await gql<{ createMarcheEvent: { id: string } }>(
    staff,
    `mutation($i: CreateMarcheEventInput!) { createMarcheEvent(input: $i) { id } }`,
    {
      i: {
        name,
        venue: '北九州市役所 1階 市民ホール',
        eventDate: dayInJapan(60),
        applyFrom: dayInJapan(-1),
        applyUntil: dayInJapan(30),
        description: 'E2E のためのマルシェです。',
        questions: ['当日、体験できるコーナーはありますか'],
        boothTypes: [
          { code: 'EXHIBIT', name: '展示ブース', capacity: 10 },
          { code: 'STAGE', name: 'ステージ発表', capacity: 4, slotMinutes: 15 },
        ],
      },
    },
  );
  await gql(staff, `mutation($e: ID!, $i: MarcheLayoutInput!) { setMarcheLayout(eventId: $e, input: $i) { rows } }`, {
    e: event.id,
    i: { rows: 5, cols: 8, blocked: ['2-3', '2-4'], stage: ['0-6', '0-7', '1-6', '1-7'], entrance: ['4-0'] },
  });

  // The NPO member finds the marché and applies for an exhibition booth.
  const npo = await signedIn(browser, NPO_MEMBER);
  const { myNpoClaims } = await gql<{ myNpoClaims: Array<{ npoName: string; status: string }> }>(
    npo,
    '{ myNpoClaims { npoName status } }',
  );
  const npoName = myNpoClaims.find((c) => c.status === 'APPROVED')!.npoName;
  await npo.goto('/marche');
  await expect(npo.getByRole('heading', { level: 1, name: 'NPOマルシェ' })).toBeVisible();
  await checkA11y(npo);
  await npo.getByRole('link', { name }).click();
  await expect(npo.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(npo.getByTestId('cell-2-3')).toContainText('ブースなし');
  await expect(npo.getByTestId('cell-0-6')).toContainText('ステージ');
  await checkA11y(npo);
  await npo.getByTestId('marche-apply-link').click();
  await expect(npo.getByRole('heading', { level: 1, name: '出展の申し込み' })).toBeVisible();
  await checkA11y(npo);
  await npo.getByRole('radio', { name: /展示ブース/ }).check();
  await npo.getByTestId('marche-title').fill('子ども食堂の活動紹介');
  await npo.getByTestId('marche-description').fill('写真とパネルで、毎週の子ども食堂のようすを紹介します。');
  await npo.getByLabel('電源を使いたい').check();
  await npo.getByLabel('会ってみたい分野・団体').fill('高齢者の見守りをしている団体');
  await npo.getByLabel('当日、体験できるコーナーはありますか').fill('はい、工作コーナーがあります');
  await npo.getByTestId('marche-consent').check();
  await npo.getByTestId('marche-submit').click();
  await expect(npo.getByTestId('marche-apply-result')).toBeVisible();
  await expect(npo.getByTestId('marche-mine').getByTestId('marche-status')).toHaveText('審査待ち');
  // While applications are open the NPO can still change what it will show.
  await npo.getByTestId('marche-mine').getByText('申し込みの内容を直す').click();
  await npo.getByTestId('marche-mine').getByLabel('出展の題名').fill('子ども食堂の活動紹介と試食');
  await npo.getByTestId('marche-mine').getByRole('button', { name: '直した内容を保存する' }).click();
  await expect(npo.getByTestId('marche-mine')).toContainText('子ども食堂の活動紹介と試食');
  await expect(npo.getByRole('button', { name: `${npoName}の申し込みを取り下げる` })).toBeVisible();
  await checkA11y(npo);

  // Staff accept it and put it on booth 0-3 (booth number 4) by clicking.
  await staff.goto('/staff');
  await staff.getByTestId('staff-marche-link').filter({ hasText: name }).click();
  await expect(staff).toHaveURL(new RegExp(`/staff/marche/${event.id}$`));
  const application = staff.getByTestId('marche-application').filter({ hasText: npoName });
  await application.getByRole('button', { name: `${npoName}の出展を決める` }).click();
  await expect(application.getByTestId('marche-status')).toHaveText('出展決定');
  // The venue map is folded on the staff page (the applications come first): open it.
  await staff.getByTestId('marche-section-layout').click();
  await staff.getByTestId('marche-pick').getByRole('button', { name: npoName, exact: false }).click();
  await expect(staff.getByTestId('marche-staff-status')).toContainText(npoName);
  await staff.getByTestId('cell-0-3').getByRole('button').click();
  await expect(staff.getByTestId('marche-staff-status')).toHaveText(`「${npoName}」をブース4に置きました。`);
  await expect(staff.getByTestId('cell-0-3')).toContainText(npoName);
  await checkA11y(staff);

  // A visitor (signed out) sees the NPO on the map and in the list with its booth number.
  const visitor = await (await browser.newContext({ locale: 'ja-JP' })).newPage();
  await visitor.goto(`/marche/${event.id}`);
  await expect(visitor.getByTestId('cell-0-3')).toContainText('4');
  await expect(visitor.getByTestId('cell-0-3')).toContainText(npoName);
  const listed = visitor.getByTestId('marche-exhibitors').getByRole('listitem').filter({ hasText: npoName });
  await expect(listed).toContainText('ブース 4');
  await expect(listed).toContainText('子ども食堂の活動紹介');
  await expect(visitor.getByTestId('marche-apply-link')).toHaveCount(0);
  await checkA11y(visitor);
});
