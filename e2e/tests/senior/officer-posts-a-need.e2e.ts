import { DEMO, TapCounter, phonePage, settled, throughNavigation } from '../../fixtures/senior';
import { expect, test } from '../../fixtures/test';

test('from the home page, the officer posts a need from a template in at most 10 taps, no page longer than 3 screens', async ({
  browser,
  checkA11y,
}, testInfo) => {
  const page = await phonePage(browser, 'ja', DEMO.officer);
  const counter = new TapCounter(page);
  await page.goto('/');
  await settled(page);
  expect(await counter.measure('home')).toBeLessThanOrEqual(3);

  await throughNavigation(counter, page, 'nav-needsNew');
  await expect(page).toHaveURL(/\/needs\/new/);
  await settled(page);
  // A draft written earlier is offered again; she starts a new one.
  if (await page.getByTestId('need-draft-offer').isVisible()) await counter.tap(page.getByTestId('need-draft-new'));
  await counter.tap(page.getByTestId('template-disaster-drill'));
  await expect(page.getByTestId('need-title')).toHaveValue('防災訓練で教えてくれる講師を探しています');
  expect(await counter.measure('form')).toBeLessThanOrEqual(3);
  await checkA11y(page);

  await counter.tap(page.getByTestId('need-preview-button'));
  await expect(page.getByTestId('need-preview')).toContainText('防災訓練で教えてくれる講師を探しています');
  expect(await counter.measure('preview')).toBeLessThanOrEqual(3);

  await counter.tap(page.getByTestId('need-publish'));
  await expect(page.getByTestId('need-page-notice')).toContainText('公開しました');
  await expect(page.getByTestId('need-status')).toHaveText('募集中');
  // What comes next is in sight: the NPOs suggested for it start within the first screen and a half.
  const firstSuggestion = page.getByTestId('suggested-npo').first();
  await expect(firstSuggestion).toBeVisible();
  const top = await firstSuggestion.evaluate((el) => el.getBoundingClientRect().top + window.scrollY);
  expect(top).toBeLessThanOrEqual(1.5 * 844);
  await counter.measure('published need');
  await checkA11y(page);

  testInfo.annotations.push({ type: 'taps and screens', description: JSON.stringify(counter) });
  console.log(`senior-first: ${counter.taps} taps; screens ${JSON.stringify(counter.screens)}`);
  expect(counter.taps).toBeLessThanOrEqual(10);
});
