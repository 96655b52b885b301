import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '../../fixtures/test';

// The 60 official column names, read from the project's own definition of the format.
const COLUMNS_SOURCE = readFileSync(
  join(__dirname, '../../../libs/npo/open-data/src/lib/open-data-columns.constant.ts'),
  'utf8',
);
const HEADER = [...COLUMNS_SOURCE.slice(0, COLUMNS_SOURCE.indexOf('] as const')).matchAll(/^\s+'([^']+)',$/gm)].map(
  (m) => m[1],
);

function row(name: string): string[] {
  const cells = HEADER.map(() => '');
  cells[0] = name;
  cells[2] = '北九州市';
  cells[4] = '北九州市戸畑区中本町1-1';
  cells[10] = '2020/04/01';
  cells[11] = 'この法人は、地域の清掃活動を行うことを目的とする。';
  cells[12 + 6] = '○';
  return cells;
}

test.describe('staff import page', () => {
  test.beforeEach(async ({ page }) => {
    // The demo staff account seeded on first start.
    await page.goto('/login');
    await page.getByTestId('signin-email').fill('staff@demo.tsunagu.jp');
    await page.getByTestId('signin-password').fill('demo-staff-2026');
    await page.getByTestId('signin-submit').click();
    await expect(page).toHaveURL(/\/staff$/);
  });

  test('is closed to visitors who are not staff', async ({ browser }) => {
    const visitor = await (await browser.newContext({ locale: 'ja-JP' })).newPage();
    await visitor.goto('/staff/imports');
    await expect(visitor.getByText('職員だけが使えるページです')).toBeVisible();
  });

  test('uploads a CSV and shows the report with the unreadable row', async ({ page, checkA11y }) => {
    expect(HEADER).toHaveLength(60);
    const suffix = `${Date.now()}${Math.floor(Math.random() * 1000)}`;
    const lines = [
      HEADER,
      row(`E2E清掃の会${suffix}`),
      row(`E2E美化の会${suffix}`),
      [`E2E壊れた行${suffix}`, '北九州市'],
    ];
    const csv = lines.map((cells) => cells.join(',')).join('\n') + '\n';

    await page.goto('/staff/imports');
    await checkA11y();
    await page
      .getByTestId('import-file-input')
      .setInputFiles({ name: 'npo.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
    await page.getByTestId('import-submit').click();
    const report = page.getByTestId('import-report');
    await expect(report).toHaveAttribute('data-status', 'SUCCEEDED', { timeout: 20_000 });
    await expect(page.getByTestId('import-count-inserted')).toHaveText('2');
    await expect(page.getByTestId('import-count-rejected')).toHaveText('1');
    await expect(report.getByRole('table')).toContainText('列の数が2です');
    await expect(page.getByTestId('import-runs')).toContainText('npo.csv');
    await checkA11y();
  });

  test('refuses a file that is not the NPO open data, in plain words', async ({ page }) => {
    await page.goto('/staff/imports');
    await page.getByTestId('import-file-input').setInputFiles({
      name: 'minutes.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('日時,場所\n11/30,市民センター\n', 'utf8'),
    });
    await page.getByTestId('import-submit').click();
    await expect(page.getByTestId('import-report')).toHaveAttribute('data-status', 'REFUSED', { timeout: 20_000 });
    await expect(page.getByTestId('import-report')).toContainText('見出し');
  });
});
