import { openMenu } from '../../fixtures/menu';
import { expect, test } from '../../fixtures/test';

test.describe('home page', () => {
  test('opens in Japanese with the main navigation and a working service line', async ({ page, checkA11y }) => {
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('地域の困りごとと、NPOをつなぎます');
    await openMenu(page);
    const nav = page.getByRole('navigation', { name: 'メインメニュー' });
    for (const label of ['NPOを探す', '募集を探す', 'NPOマルシェ', 'ログイン']) {
      await expect(nav.getByRole('link', { name: label })).toBeVisible();
    }
    // The footer line comes from the API's GraphQL `health` query against the real services.
    await expect(page.getByTestId('service-status')).toHaveAttribute('data-status', 'ok');
    await expect(page.getByTestId('service-status')).toHaveText('サービスは正常に動いています');
    await checkA11y();
  });

  test('switches to English and remembers the choice on the next visit', async ({ page, checkA11y }) => {
    await page.goto('/');
    await openMenu(page);
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Connecting local needs with NPOs');
    await expect(page.getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'true');
    await page.reload();
    await openMenu(page);
    await expect(
      page.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'Find NPOs' }),
    ).toBeVisible();
    await checkA11y();
    await page.getByRole('button', { name: '日本語' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('地域の困りごとと、NPOをつなぎます');
  });

  test('fits the screen without sideways scrolling and uses large type', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const bodySize = await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
    expect(bodySize).toBeGreaterThanOrEqual(18);
  });

  test('can be used with the keyboard alone: skip link first, then the menu', async ({ page }) => {
    await page.goto('/');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: '本文へ移動' });
    await expect(skip).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator('main')).toBeFocused();
  });
});
