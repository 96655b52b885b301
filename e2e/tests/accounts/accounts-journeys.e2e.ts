import type { Browser, Page } from '@playwright/test';
import sharp from 'sharp';
import { signUp } from '../../fixtures/sign-up';
import { expect, test } from '../../fixtures/test';

const unique = () => `${Date.now()}${Math.floor(Math.random() * 10_000)}`;

/** The demo staff account (seeded on first start) in a browser of its own. */
async function staffPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ locale: 'ja-JP' });
  const page = await context.newPage();
  await page.goto('/login');
  await page.getByTestId('signin-email').fill('staff@demo.tsunagu.jp');
  await page.getByTestId('signin-password').fill('demo-staff-2026');
  await page.getByTestId('signin-submit').click();
  await expect(page).toHaveURL(/\/staff$/);
  return page;
}

test.describe('accounts', () => {
  // Journeys of two or three people (sign-up mail, approval, claim) across several pages: on a
  // loaded 2-core machine they take about 30 s, the default budget of one page's test.
  test.describe.configure({ timeout: 90_000 });
  test('sign-up form explains mistakes while typing', async ({ page, checkA11y }) => {
    await page.goto('/signup');
    await page.getByTestId('signup-email').fill('not-an-email');
    await page.getByTestId('signup-email').blur();
    await expect(page.getByText('メールアドレスの形が正しくありません')).toBeVisible();
    await page.getByTestId('signup-password').fill('short');
    await page.getByTestId('signup-password').blur();
    await expect(page.getByText('パスワードは8文字以上にしてください')).toBeVisible();
    await page.getByTestId('signup-name').fill('北九州市役所');
    await page.getByTestId('signup-name').blur();
    await expect(page.getByText('この名前は使えません（市の職員と間違われる名前です）')).toBeVisible();
    await checkA11y();
  });

  test('sign-up mails a link; the link finishes the sign-up once, and a second sign-up of the address is answered the same', async ({
    page,
    browser,
    checkA11y,
  }) => {
    const id = unique();
    await signUp(page, `木村${id}`, `once${id}@example.jp`);
    await expect(page.getByText(`木村${id} さん、こんにちは。`)).toBeVisible();
    // Someone else tries the same address: the same answer, nothing about the account.
    const other = await (await browser.newContext({ locale: 'ja-JP' })).newPage();
    await other.goto('/signup');
    await other.getByTestId('signup-name').fill('別の人');
    await other.getByTestId('signup-email').fill(`once${id}@example.jp`);
    await other.getByTestId('signup-password').fill('another-password-1');
    await other.getByTestId('signup-submit').click();
    await expect(other.getByTestId('signup-sent')).toContainText('確認のメールを送りました。');
    await checkA11y(other);
  });

  test('sign-up → group registration → staff approval', async ({ page, browser, checkA11y }) => {
    const id = unique();
    await signUp(page, `山本${id}`, `officer${id}@example.jp`);
    await checkA11y();
    await page.getByTestId('register-group').click();
    await page.getByTestId('group-name').fill(`E2E町内会${id}`);
    await page.getByTestId('group-ward').selectOption('若松区');
    await page.getByTestId('group-representative').fill('山本 一郎');
    await checkA11y();
    await page.getByTestId('group-submit').click();
    await expect(page.getByTestId('group-registered')).toContainText(`E2E町内会${id}`);

    const staff = await staffPage(browser);
    await checkA11y(staff);
    await staff.getByRole('button', { name: `E2E町内会${id}を承認する` }).click();
    await expect(staff.getByTestId('pending-groups')).not.toContainText(`E2E町内会${id}`);
    await expect(staff.getByTestId('audit-log')).toContainText('group.verified');

    await page.goto('/me');
    await expect(page.getByTestId('my-groups')).toContainText('確認済み');

    // The officer invites a colleague, who joins with the link.
    await page.getByRole('button', { name: `E2E町内会${id}にほかの役員を招待する` }).click();
    const url = (await page.getByTestId('invite-link').locator('code').textContent()) ?? '';
    const colleague = await (await browser.newContext({ locale: 'ja-JP' })).newPage();
    await signUp(colleague, `田中${id}`, `colleague${id}@example.jp`);
    await colleague.goto(new URL(url).pathname + new URL(url).search);
    await colleague.getByRole('button', { name: 'この団体に参加する' }).click();
    await expect(colleague.getByText(`「E2E町内会${id}」のメンバーになりました。`)).toBeVisible();
    await checkA11y(colleague);
  });

  test('NPO claim → staff approval → profile edit shown on the NPO page', async ({
    page,
    browser,
    checkA11y,
  }, testInfo) => {
    const id = unique();
    await signUp(page, `佐藤${id}`, `npo${id}@example.jp`);
    // Each browser project claims an NPO of its own, so parallel runs never approve each other's claim.
    const topic = testInfo.project.name === 'phone' ? '国際交流' : 'スマホ';
    await page.goto('/npos?q=' + encodeURIComponent(topic));
    const first = page.getByTestId('npo-result-card').first().getByRole('link');
    const name = (await first.textContent()) ?? '';
    await first.click();
    await page.getByTestId('claim-message').fill(`事務局の佐藤です（${id}）`);
    await page.getByTestId('claim-submit').click();
    await expect(page.getByTestId('claim-sent')).toBeVisible();
    await checkA11y();

    const staff = await staffPage(browser);
    await staff
      .getByRole('button', { name: `${name}の申請を承認する` })
      .first()
      .click();
    await expect(staff.getByTestId('audit-log')).toContainText('npo-claim.approved');

    await page.reload();
    await page.getByTestId('npo-edit').click();
    await page.getByTestId('profile-introduction').fill(`毎月第2土曜に相談会を開いています。${id}`);
    await checkA11y();
    await page.getByTestId('profile-save').click();
    await expect(page.getByTestId('profile-saved')).toBeVisible();
    const photo = await sharp({ create: { width: 80, height: 60, channels: 3, background: '#2a6' } })
      .png()
      .toBuffer();
    await page.getByTestId('profile-photo').setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: photo });
    await expect(page.locator('img.npo-photo')).toBeVisible();
    await page.getByRole('link', { name: '団体のページへ戻る' }).click();
    await expect(page.getByText(`毎月第2土曜に相談会を開いています。${id}`)).toBeVisible();
    await expect(page.getByText('この欄は、NPO自身が書いた紹介です。')).toBeVisible();
    await expect(page.locator('img.npo-photo')).toBeVisible();
  });
});
