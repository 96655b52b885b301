import { expectAllIn } from '../../fixtures/language-purity';
import { DEMO, phonePage, settled } from '../../fixtures/senior';
import { expect, test } from '../../fixtures/test';

/** What the server says (refusals, reasons) reads in the page's language only. */
for (const language of ['ja', 'en'] as const) {
  test.describe(`server texts in ${language} only`, () => {
    test('a refused sign-in', async ({ browser }) => {
      const page = await phonePage(browser, language);
      await page.goto('/login');
      await page.getByTestId('signin-email').fill(DEMO.officer.email);
      await page.getByTestId('signin-password').fill('not-the-password');
      await page.getByTestId('signin-submit').click();
      const notice = page.locator('.ui-notice--error');
      await expect(notice).toBeVisible();
      expectAllIn([await notice.innerText()], language, 'the refusal');
    });

    test('why an NPO is suggested for the officer’s need', async ({ browser }) => {
      const page = await phonePage(browser, language, DEMO.officer);
      await page.goto('/me/needs');
      await settled(page);
      // its open need (the finished ones show what came of them, not suggestions)
      await page.locator('main a[href^="/needs/"]').filter({ hasText: '防災訓練' }).first().click();
      const reasons = page.getByTestId('match-reasons');
      await expect(reasons.first()).toBeVisible();
      expectAllIn(await reasons.locator('li').allInnerTexts(), language, 'the reasons');
    });

    test('the notices staff get about outreach', async ({ browser }) => {
      const page = await phonePage(browser, language, DEMO.staff);
      await page.goto('/notifications');
      await settled(page);
      const items = page.getByTestId('notifications').locator('li');
      await expect(items.first()).toBeVisible();
      expectAllIn(await items.allInnerTexts(), language, 'the notifications');
    });
  });
}
