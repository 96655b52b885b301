import { DEMO, phonePage } from '../../fixtures/senior';
import { expect, test } from '../../fixtures/test';

test.describe('searching on a phone', () => {
  test('after 検索 the first NPO found is on the screen, and the count is announced', async ({
    browser,
    checkA11y,
  }) => {
    const page = await phonePage(browser, 'ja', DEMO.officer);
    await page.goto('/npos');
    await page.getByTestId('npo-search-input').fill('子ども食堂');
    await page.getByTestId('npo-search-submit').click();
    await expect(page).toHaveURL(/q=/);
    const first = page.getByTestId('npo-result-card').first();
    await expect(first).toContainText('子ども食堂');
    await expect(first).toBeInViewport();
    // said to a screen reader too (a polite live region), not only drawn
    const announced = page.getByTestId('search-announcement');
    await expect(announced).toHaveText(/^\d+件 見つかりました$/);
    await expect(announced).toHaveAttribute('aria-live', 'polite');
    await checkA11y(page);
  });

  test('nothing found is never a dead end: it says what to do next', async ({ browser, checkA11y }) => {
    const page = await phonePage(browser, 'ja');
    await page.goto('/npos');
    await page.getByTestId('npo-search-input').fill('ぞうさんのはなよめ');
    await page.getByTestId('npo-search-submit').click();
    await expect(page.getByTestId('npo-result-card')).toHaveCount(0);
    await expect(page.getByRole('link', { name: /募集を書/ }).first()).toBeVisible();
    await checkA11y(page);
  });
});
