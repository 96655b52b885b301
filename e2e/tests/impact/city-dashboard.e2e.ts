import { expect, test } from '../../fixtures/test';

test('staff open the city dashboard, read where helpers are missing for a field, and download the same figures', async ({
  page,
  checkA11y,
}) => {
  test.setTimeout(90_000);
  await page.goto('/login');
  await page.getByTestId('signin-email').fill('staff@demo.tsunagu.jp');
  await page.getByTestId('signin-password').fill('demo-staff-2026');
  await page.getByTestId('signin-submit').click();
  await expect(page).toHaveURL(/\/staff$/);
  await page.getByTestId('staff-dashboard-link').click();
  await expect(page).toHaveURL(/\/staff\/dashboard$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('市のダッシュボード');
  await expect(page.getByTestId('total-needs')).toContainText(/\d+/);

  // The demo year leaves needs without a helper on the platform: those rows say to recruit, in words.
  const gap = page.getByTestId('dashboard-gap');
  const first = gap.locator('tbody tr').filter({ hasText: '声かけが必要' }).first();
  await expect(first).toBeVisible();
  const where = ((await first.getByRole('rowheader').textContent()) ?? '').replace('声かけが必要', '').trim();
  const [ward, field] = where.split(' · ');
  const cells = await first.locator('td').allInnerTexts();
  const [open, , withAccount, shortfall] = cells.map((c) => Number(c.trim()));
  expect(withAccount).toBe(0);
  expect(shortfall).toBe(open);

  // The same row when only that ward is asked for.
  await page.getByTestId('dashboard-ward').selectOption(ward);
  await page.getByTestId('dashboard-show').click();
  await expect(page).toHaveURL(/ward=/);
  await expect(page.getByTestId('dashboard-period')).toContainText(ward);
  const rowOfField = gap
    .locator('tbody tr')
    .filter({ has: page.getByRole('rowheader', { name: `${ward} · ${field}` }) });
  // (its figure may move while other people use the product: it is compared with the CSV below)
  await expect(rowOfField.locator('td').last()).toHaveText(/^\d+$/);
  await checkA11y(page);

  // The CSV carries the figures the page shows, for the office's spreadsheets. (Other tests change
  // needs meanwhile: the page and the file are compared as read at the same moment.)
  const href = await page.getByTestId('dashboard-csv').getAttribute('href');
  expect(href).toContain('ward=');
  await expect(async () => {
    await page.reload();
    await expect(page.getByTestId('total-needs')).toBeVisible();
    // (the row is gone if its last open need found a helper meanwhile; then the file has none either)
    const onPage = (await rowOfField.count()) ? (await rowOfField.locator('td').last().textContent())?.trim() : null;
    const csv = await page.request.get(href as string);
    expect(csv.headers()['content-type']).toContain('text/csv');
    const lines = (await csv.text()).split(/\r?\n/);
    expect(lines[0]).toBe('\ufeff表,区分,名前,数えたもの,値');
    expect(lines.filter((l) => l.startsWith('gap,') && l.includes(`,${ward} ${field},shortfall,`))).toEqual(
      onPage ? [expect.stringMatching(new RegExp(`,shortfall,${onPage}$`))] : [],
    );
  }).toPass({ timeout: 30_000 });

  // Staff also see how far the city got in reaching NPOs.
  await expect(page.getByRole('heading', { name: 'NPOへの橋渡し' })).toBeVisible();
});

test('a visitor reads the city in figures from the footer: aggregates only, small areas merged', async ({
  page,
  checkA11y,
}) => {
  await page.goto('/');
  await page.getByTestId('footer-impact').click();
  await expect(page).toHaveURL(/\/impact$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('数字で見るつなぐ');
  await expect(page.getByText(/団体が3つより少ない区・校区は「その他」に/)).toBeVisible();
  await expect(page.getByTestId('dashboard-wards')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'NPOへの橋渡し' })).toHaveCount(0);
  await checkA11y(page);
});
