import { expect, test } from '../../fixtures/test';

const day = (plusDays: number) =>
  new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Tokyo' }).format(new Date(Date.now() + plusDays * 86_400_000));

test('staff create a marché on the web and draw its venue; the public page shows the map', async ({
  page,
  checkA11y,
}) => {
  test.setTimeout(90_000);
  await page.goto('/login');
  await page.getByTestId('signin-email').fill('staff@demo.tsunagu.jp');
  await page.getByTestId('signin-password').fill('demo-staff-2026');
  await page.getByTestId('signin-submit').click();
  await expect(page).toHaveURL(/\/staff$/);
  await page.getByTestId('staff-marche-new').click();
  const name = `春のNPOマルシェ ${test.info().project.name} ${Date.now()}`;
  await page.getByLabel('イベントの名前').fill(name);
  await page.getByLabel('開催日').fill(day(120));
  await page.getByLabel('会場').fill('小倉北区役所 1階');
  await page.getByLabel('申し込みの受付開始日').fill(day(0));
  await page.getByLabel('申し込みの締め切り日').fill(day(60));
  await checkA11y(page);
  await page.getByTestId('marche-new-submit').click();
  await expect(page).toHaveURL(/\/staff\/marche\/[0-9a-f-]{36}$/);

  // The venue: 3 × 4 cells, one becomes the entrance (tap three times), one has no booth.
  await page.getByLabel('たての数（行）').fill('3');
  await page.getByLabel('よこの数（列）').fill('4');
  for (let i = 0; i < 3; i++) await page.getByTestId('layout-cell-2-0').click();
  await page.getByTestId('layout-cell-1-1').click();
  await expect(page.getByTestId('layout-cell-2-0')).toHaveText('入口');
  await checkA11y(page);
  await page.getByTestId('layout-save').click();
  const eventUrl = page.url().replace('/staff/marche/', '/marche/');

  const visitor = await (await page.context().browser()!.newContext({ locale: 'ja-JP' })).newPage();
  await visitor.goto(eventUrl);
  await expect(visitor.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(visitor.getByTestId('cell-1-1')).toContainText('ブースなし');
  await expect(visitor.getByTestId('cell-2-0')).toContainText('入口');
});
