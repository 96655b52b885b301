import { expect, test } from '../../fixtures/test';

test('a visitor finds open needs by ward, kind of help and when', async ({ page, checkA11y }) => {
  await page.goto('/needs');
  // (right after the product starts, the search index may still be filling from the outbox)
  await expect(async () => {
    await page.reload();
    await expect(page.getByText('シニア向けスマホ教室の先生を探しています')).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 30_000 });
  await page.getByTestId('need-ward-filter').selectOption('門司区');
  await expect(page).toHaveURL(/ward=/);
  await expect(page.getByText('シニア向けスマホ教室の先生を探しています')).toBeVisible();
  await expect(page.getByText('子ども食堂の配膳を手伝ってほしい')).toHaveCount(0);
  await page.getByTestId('need-kind-filter').selectOption('LECTURER');
  await page.getByTestId('need-when-filter').selectOption('within3Months');
  await expect(page).toHaveURL(/when=within3Months/);
  await expect(page.getByText('シニア向けスマホ教室の先生を探しています')).toBeVisible();
  await page.getByTestId('need-kind-filter').selectOption('EQUIPMENT');
  await expect(page.getByText('シニア向けスマホ教室の先生を探しています')).toHaveCount(0);
  await checkA11y(page);
});

test('signing in from a need brings the NPO member back to that need, ready to offer', async ({ page }) => {
  await page.goto('/needs');
  await expect(async () => {
    await page.reload();
    await expect(page.getByText('シニア向けスマホ教室の先生を探しています')).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 30_000 });
  await page.getByText('シニア向けスマホ教室の先生を探しています').click();
  await expect(page).toHaveURL(/\/needs\/[0-9a-f-]{36}$/);
  const needUrl = page.url();
  await page.getByRole('main').getByRole('link', { name: 'ログイン' }).click();
  await page.getByTestId('signin-email').fill('npo@demo.tsunagu.jp');
  await page.getByTestId('signin-password').fill('demo-npo-2026');
  await page.getByTestId('signin-submit').click();
  await expect(page).toHaveURL(needUrl);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('シニア向けスマホ教室の先生を探しています');
});
