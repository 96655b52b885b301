import { openMenu } from '../../fixtures/menu';
import { expect, test } from '../../fixtures/test';

const PAGES = [
  { testId: 'nav-npos', path: '/npos', heading: 'NPOを探す' },
  { testId: 'nav-needs', path: '/needs', heading: '困りごと・募集を探す' },
  { testId: 'nav-marche', path: '/marche', heading: 'NPOマルシェ' },
  { testId: 'nav-login', path: '/login', heading: 'ログイン' },
] as const;

test.describe('navigation', () => {
  for (const target of PAGES) {
    test(`menu item "${target.heading}" opens its page, marked as the current one`, async ({ page, checkA11y }) => {
      await page.goto('/');
      await openMenu(page);
      await page.getByTestId(target.testId).click();
      await expect(page).toHaveURL(target.path);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(target.heading);
      await expect(page.getByTestId(target.testId)).toHaveAttribute('aria-current', 'page');
      await expect(page).toHaveTitle(new RegExp(`^${target.heading}`));
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await checkA11y();
    });
  }

  test('a page opened directly by its address (bookmark, shared link) is served', async ({ page }) => {
    await page.goto('/marche');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('NPOマルシェ');
  });

  test('an unknown address shows a plain "not found" page with the way home', async ({ page, checkA11y }) => {
    await page.goto('/no-such-page');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await checkA11y();
    await page.getByRole('link', { name: 'ホームへ戻る' }).click();
    await expect(page).toHaveURL('/');
  });
});
