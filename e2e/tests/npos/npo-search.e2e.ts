import type { Page } from '@playwright/test';
import { expect, test } from '../../fixtures/test';

/** On a phone the ward and field chips are folded under 「しぼりこむ（区・分野）」. */
async function openFilters(page: Page) {
  const filters = page.getByTestId('npo-filters');
  if (!(await filters.evaluate((el) => (el as HTMLDetailsElement).open))) {
    await page.getByTestId('npo-filters-toggle').click();
  }
}

test.describe('NPO search', () => {
  test('finds NPOs by words, with the matched words highlighted', async ({ page, checkA11y }) => {
    await page.goto('/npos');
    await expect(page.getByTestId('npo-result-count')).toContainText('件の団体が見つかりました');
    await page.getByTestId('npo-search-input').fill('子ども食堂');
    await page.getByTestId('npo-search-submit').click();
    await expect(page).toHaveURL(/q=%E5%AD%90%E3%81%A9%E3%82%82%E9%A3%9F%E5%A0%82/);
    const cards = page.getByTestId('npo-result-card');
    await expect(cards.first()).toContainText('子ども食堂');
    await expect(cards.first().locator('mark').first()).toBeVisible();
    await checkA11y();
  });

  test('narrows by ward: the address, the count and every card follow', async ({ page, checkA11y }) => {
    await page.goto('/npos');
    const count = page.getByTestId('npo-result-count');
    await expect(count).toContainText('件');
    const before = await count.textContent();
    await openFilters(page);
    const chip = page.getByTestId('ward-chip-八幡西区');
    await chip.click();
    await expect(chip).toHaveAttribute('aria-pressed', 'true');
    await expect(page).toHaveURL(/ward=%E5%85%AB%E5%B9%A1%E8%A5%BF%E5%8C%BA/);
    await expect(count).not.toHaveText(before ?? '');
    const places = await page.getByTestId('npo-result-card').locator('.npo-card__place').allTextContents();
    expect(places.length).toBeGreaterThan(0);
    for (const place of places) expect(place).toContain('八幡西区');
    await checkA11y();
  });

  test('narrows by field of activity', async ({ page }) => {
    await page.goto('/npos');
    await openFilters(page);
    await page.getByTestId('field-chip-13').click();
    await expect(page).toHaveURL(/field=13/);
    await expect(page.getByTestId('npo-result-card').first()).toContainText('子ども');
  });

  test('a shared address restores the search, and the back button undoes a filter', async ({ page }) => {
    await page.goto('/npos?q=%E9%98%B2%E7%81%BD&ward=%E5%85%AB%E5%B9%A1%E8%A5%BF%E5%8C%BA');
    await expect(page.getByTestId('npo-search-input')).toHaveValue('防災');
    await expect(page.getByTestId('ward-chip-八幡西区')).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByTestId('npo-filters-active')).toHaveText('1つ選択中');
    await openFilters(page);
    await page.getByTestId('ward-chip-八幡西区').click();
    await expect(page.getByTestId('ward-chip-八幡西区')).toHaveAttribute('aria-pressed', 'false');
    await page.goBack();
    await expect(page.getByTestId('ward-chip-八幡西区')).toHaveAttribute('aria-pressed', 'true');
  });

  test('hiragana finds a katakana reading', async ({ page }) => {
    await page.goto('/npos?q=' + encodeURIComponent('こどもしょくどう'));
    await expect(page.getByTestId('npo-result-card').first()).toContainText('食堂');
  });

  test('opens an NPO page from a result: name, fields and the way to ask for help', async ({ page, checkA11y }) => {
    await page.goto('/npos?q=' + encodeURIComponent('防災'));
    const first = page.getByTestId('npo-result-card').first().getByRole('link');
    const name = (await first.textContent()) ?? '';
    await first.click();
    await expect(page.getByTestId('npo-name')).toHaveText(name);
    await expect(page.getByTestId('npo-fields').getByRole('listitem').first()).toBeVisible();
    await expect(page.getByText('内閣府NPO法人ポータルサイトの公開データ')).toBeVisible();
    await expect(page.getByTestId('npo-consult')).toBeVisible();
    await checkA11y();
  });

  test('an unknown NPO shows a plain "not found" page', async ({ page, checkA11y }) => {
    await page.goto('/npos/00000000-0000-0000-0000-000000000000');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('NPOが見つかりません');
    await checkA11y();
  });

  test('shows ten results, then ten more with 「もっと見る」, kept in the address', async ({ page }) => {
    await page.goto('/npos');
    const cards = page.getByTestId('npo-result-card');
    await expect(cards).toHaveCount(10);
    await page.getByTestId('npo-search-more').click();
    await expect(page).toHaveURL(/show=20/);
    await expect(cards).toHaveCount(20);
    await expect(cards.nth(10).getByRole('link')).toBeFocused();
  });
});
