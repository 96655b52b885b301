import { expect, test } from '../../fixtures/test';

test('staff choose what goes in the data book, make it, and download the PDF', async ({ page, checkA11y }) => {
  test.setTimeout(90_000);
  await page.goto('/login');
  await page.getByTestId('signin-email').fill('staff@demo.tsunagu.jp');
  await page.getByTestId('signin-password').fill('demo-staff-2026');
  await page.getByTestId('signin-submit').click();
  await expect(page).toHaveURL(/\/staff$/);
  await page.getByTestId('staff-databook-link').click();
  await expect(page.getByTestId('databook-estimate')).toContainText('団体');
  const everything = await page.getByTestId('databook-estimate').textContent();
  await page.getByLabel('門司区').check();
  await expect(page.getByTestId('databook-estimate')).not.toHaveText(everything ?? '');
  await page.getByLabel('A5').check();
  // The same selection as a spreadsheet.
  const csv = await page.request.get((await page.getByTestId('databook-csv').getAttribute('href'))!);
  expect(csv.headers()['content-type']).toContain('text/csv');
  expect(await csv.text()).toContain('団体名,よみがな,区');
  await checkA11y(page);
  await page.getByTestId('databook-generate').click();
  const download = page.getByTestId('databook-download').first();
  await expect(download).toBeVisible({ timeout: 60_000 });
  const [file] = await Promise.all([page.waitForEvent('download'), download.click()]);
  expect(file.suggestedFilename()).toMatch(/\.pdf$/);
  await checkA11y(page);
});
