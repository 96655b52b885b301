import { type Page } from '@playwright/test';
import { type Language, DEMO, phonePage, settled, sidewaysAt200 } from '../../fixtures/senior';
import { expect, test } from '../../fixtures/test';

/**
 * Every page the officer, the NPO, the centre and the city's staff can reach, on a 390 px phone,
 * in Japanese and in English: axe finds nothing of any impact, and at 200 % text nothing makes
 * the page scroll sideways.
 */
const VISITOR = [
  '/',
  '/npos',
  '/helpers',
  '/schemes',
  '/impact',
  '/open-data',
  '/open-data/api',
  '/needs',
  '/marche',
  '/login',
  '/signup',
  '/helpers/new',
  '/privacy',
  '/terms',
  '/contact',
  '/takeover',
];
const OFFICER = ['/me', '/me/needs', '/needs/new', '/notifications', '/groups/new'];
const NPO = ['/me', '/notifications'];
const CENTRE = ['/centre'];
const STAFF = [
  '/staff',
  '/staff/imports',
  '/staff/helpers/new',
  '/staff/schemes',
  '/staff/needs',
  '/staff/databook',
  '/staff/outreach',
  '/staff/centres',
  '/staff/marche/new',
  '/staff/dashboard',
  '/staff/school-districts',
];

/** The first link from a list page to one of its items (an NPO, a need, a marché). */
async function firstItemOf(page: Page, list: string, itemPrefix: string): Promise<string> {
  await page.goto(list);
  await settled(page);
  const href = await page.locator(`main a[href^="${itemPrefix}"]`).first().getAttribute('href');
  expect(href, `a link to an item on ${list}`).toBeTruthy();
  return href as string;
}

for (const language of ['ja', 'en'] as const satisfies Language[]) {
  test.describe(`every page on a phone, ${language}`, () => {
    // a dozen pages each, with axe on every one
    test.describe.configure({ timeout: 120_000 });
    const visit = async (page: Page, path: string, checkA11y: (p?: Page) => Promise<void>) => {
      await page.goto(path);
      await settled(page);
      await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(/ページが見つかりません|Page not found/);
      await expect(page.locator('html')).toHaveAttribute('lang', language);
      await checkA11y(page);
      expect(await sidewaysAt200(page), `${path} scrolls sideways at 200 % text`).toBeLessThanOrEqual(0);
    };

    test('a visitor’s pages, and one NPO, one need and one marché of theirs', async ({ browser, checkA11y }) => {
      const page = await phonePage(browser, language);
      const items = [
        await firstItemOf(page, '/npos', '/npos/'),
        await firstItemOf(page, '/needs', '/needs/'),
        await firstItemOf(page, '/marche', '/marche/'),
      ];
      for (const path of [...VISITOR, ...items]) await visit(page, path, checkA11y);
    });

    test('the officer’s, the NPO’s and the centre’s pages', async ({ browser, checkA11y }) => {
      for (const [who, paths] of [
        [DEMO.officer, OFFICER],
        [DEMO.npo, NPO],
        [DEMO.centre, CENTRE],
      ] as const) {
        const page = await phonePage(browser, language, who);
        for (const path of paths) await visit(page, path, checkA11y);
        await page.context().close();
      }
    });

    test('the city staff’s pages', async ({ browser, checkA11y }) => {
      const page = await phonePage(browser, language, DEMO.staff);
      const marche = await firstItemOf(page, '/marche', '/marche/');
      for (const path of [...STAFF, `/staff${marche}`]) await visit(page, path, checkA11y);
    });
  });
}
