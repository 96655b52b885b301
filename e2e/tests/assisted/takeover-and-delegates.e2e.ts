import { signedIn } from '../../fixtures/sign-in';
import { signUp } from '../../fixtures/sign-up';
import { expect, test } from '../../fixtures/test';

const CENTRE_STAFF = { email: 'centre@demo.tsunagu.jp', password: 'demo-centre-2026' };

/**
 * Issue #15: the officer of a group the centre registered takes it over later with the number on
 * paper, then lets a neighbour act for the group, and takes that back.
 */
test('an officer takes her group over with the number on paper, adds a neighbour as delegate, and removes them', async ({
  page,
  browser,
  checkA11y,
}) => {
  test.setTimeout(120_000);
  const id = `${Date.now()}${Math.floor(Math.random() * 1000)}`;
  const groupName = `黒崎七丁目町内会（E2E ${id}）`;

  // The centre registers the group (consent by phone) and issues the number for the paper.
  const centre = await signedIn(browser, CENTRE_STAFF, { page, landsOn: /\/me$/ });
  await centre.goto('/centre');
  await centre.getByTestId('register-assisted-group').click();
  await centre.locator('#assisted-name').fill(groupName);
  await centre.locator('#assisted-ward').selectOption('八幡西区');
  await centre.locator('#assisted-officer').fill('木村 ふみ');
  await centre.locator('#assisted-phone').fill('093-621-0007');
  await centre.locator('#assisted-address').fill('北九州市八幡西区黒崎七丁目1-1');
  await centre.getByTestId('consent-PHONE').check();
  await centre.getByTestId('assisted-submit').click();
  const card = centre.getByTestId('assisted-group').filter({ hasText: groupName });
  await card.getByTestId('issue-takeover-code').click();
  const code = (await card.getByTestId('takeover-code-number').innerText()).trim();
  expect(code).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}$/);

  // The officer signs up and types the number as a phone keyboard gives it: lower case, a space.
  const officer = await (await browser.newContext({ locale: 'ja-JP' })).newPage();
  await signUp(officer, '木村 ふみ', `kimura-${id}@example.jp`);
  await officer.goto('/takeover');
  await officer.getByTestId('takeover-code').fill(code.toLowerCase().replace('-', ' '));
  await officer.getByTestId('takeover-submit').click();
  await expect(officer.getByTestId('takeover-done')).toContainText(groupName);
  await checkA11y(officer);
  // The number works once.
  await officer.goto('/takeover');
  await officer.getByTestId('takeover-code').fill(code);
  await officer.getByTestId('takeover-submit').click();
  await expect(officer.getByTestId('takeover-refused')).toBeVisible();

  // A neighbour who has signed up is added as delegate and sees whom they act for.
  const neighbour = await (await browser.newContext({ locale: 'ja-JP' })).newPage();
  const neighbourEmail = `sato-${id}@example.jp`;
  await signUp(neighbour, '佐藤 一郎', neighbourEmail);
  await officer.goto('/me');
  const delegates = officer.getByTestId('group-delegates').filter({ hasText: groupName });
  await delegates.getByTestId('delegate-email').fill(neighbourEmail);
  await delegates.getByTestId('relation-NEIGHBOUR').check();
  await delegates.getByTestId('add-delegate').click();
  await expect(delegates.getByTestId('delegate-added')).toContainText('佐藤 一郎');
  await expect(delegates.getByTestId('delegate')).toContainText('佐藤 一郎（近所の人）');
  await checkA11y(officer);
  await neighbour.goto('/me');
  await expect(neighbour.getByTestId('acts-for')).toContainText('木村 ふみさんの代わりに');

  // The officer takes it back; the neighbour no longer acts for the group.
  await delegates.getByTestId('remove-delegate').click();
  await officer.getByRole('button', { name: 'はい' }).click();
  await expect(delegates.getByTestId('delegate')).toHaveCount(0);
  await neighbour.reload();
  await expect(neighbour.getByText(groupName)).toHaveCount(0);
});
