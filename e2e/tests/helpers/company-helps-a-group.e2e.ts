import { signedIn } from '../../fixtures/sign-in';
import { expect, test } from '../../fixtures/test';

const OFFICER = { email: 'officer@demo.tsunagu.jp', password: 'demo-officer-2026' };
const COMPANY_MEMBER = { email: 'company@demo.tsunagu.jp', password: 'demo-company-2026' };
const COMPANY = '株式会社とばたウェブ工房';
const UNIVERSITY_GROUP = '北九州市立大学 地域創生学群 広報デザインゼミ';

test.describe('more helpers than NPOs', () => {
  test('a need about news online gets a company, a university group and a city scheme; the company helps', async ({
    page,
    browser,
    checkA11y,
  }) => {
    test.setTimeout(120_000);
    const id = `${Date.now()}${Math.floor(Math.random() * 1000)}`;
    const title = `自治会のお知らせをホームページやLINEで出したい（E2E ${id}）`;

    const officer = await signedIn(browser, OFFICER, { page, landsOn: /\/me$/ });
    await officer.goto('/needs/new');
    // A draft left by another test of the same officer is offered first: this is a new need.
    const fresh = officer.getByTestId('need-draft-new');
    if (await fresh.isVisible().catch(() => false)) await fresh.click();
    await officer.getByTestId('need-group').selectOption({ label: '門司港まちづくり協議会（門司区）' });
    await officer.getByTestId('need-title').fill(title);
    await officer
      .getByTestId('need-description')
      .fill(
        '回覧板だけでは若い世帯に届きません。ホームページやLINEでお知らせを出せるように、つくり方を教えてほしいです。',
      );
    await officer.getByTestId('need-help-ADVICE').check();
    await officer.getByTestId('need-preview-button').click();
    await expect(officer.getByTestId('need-preview')).toContainText(title);
    await officer.getByTestId('need-publish').click();
    await expect(officer).toHaveURL(/\/needs\/[0-9a-f-]{36}$/);
    const needPath = new URL(officer.url()).pathname;

    // Among the suggestions: a company and a university group, each with reasons that say what it is.
    const suggestions = officer.getByTestId('need-suggestions');
    const company = suggestions.getByTestId('suggested-npo').filter({ hasText: COMPANY });
    const university = suggestions.getByTestId('suggested-npo').filter({ hasText: UNIVERSITY_GROUP });
    await expect(company).toBeVisible({ timeout: 20_000 });
    await expect(university).toBeVisible();
    await expect(company.getByTestId('match-reasons')).toContainText('企業');
    await expect(university.getByTestId('match-reasons')).toContainText('大学');
    await expect(company.getByTestId('match-reasons')).toContainText('ホームページ');
    // …and the city's own scheme that fits, with why.
    const schemes = officer.getByTestId('scheme-suggestions');
    await expect(schemes).toContainText('市の制度も使えます');
    await expect(schemes).toContainText('課題解決型地域づくり事業');
    await checkA11y(officer);

    // 「NPOだけ」 leaves the company out; the default comes back with 「企業・大学も」.
    await officer.getByRole('button', { name: 'NPOだけ' }).click();
    await expect(company).toHaveCount(0);
    await expect(suggestions.getByTestId('suggested-npo').first()).toBeVisible();
    await officer.getByRole('button', { name: '企業・大学も' }).click();
    await expect(company).toBeVisible();

    // The company's member offers help, as an NPO member would.
    const member = await signedIn(browser, COMPANY_MEMBER, { landsOn: /\/me$/ });
    await member.goto(needPath);
    await expect(member.getByRole('heading', { level: 1 })).toHaveText(title);
    await member
      .getByTestId('offer-message-input')
      .fill('社員2名で伺えます。ホームページのひな形とLINEの始め方をお見せします。');
    await member.getByTestId('offer-submit').click();
    await expect(member.getByTestId('my-offer-link')).toBeVisible();
    await checkA11y(member);

    // The officer sees who offered (a company) and accepts; contacts are exchanged at that moment only.
    await officer.goto(needPath);
    const offer = officer.getByTestId('offer-card').filter({ hasText: COMPANY });
    await expect(offer).toBeVisible({ timeout: 15_000 });
    await offer.getByTestId('offer-thread-link').click();
    await expect(officer).toHaveURL(/\/offers\/[0-9a-f-]{36}$/);
    const offerPath = new URL(officer.url()).pathname;
    await expect(officer.getByTestId('contacts')).toHaveCount(0);
    await expect(officer.locator('body')).not.toContainText(COMPANY_MEMBER.email);
    await officer.getByTestId('thread-accept').click();
    await expect(officer.getByTestId('offer-status')).toHaveText('お願いした');
    await expect(officer.getByTestId('contacts')).toContainText(COMPANY_MEMBER.email);
    await checkA11y(officer);

    await member.goto(offerPath);
    await expect(member.getByTestId('contacts')).toContainText('093-000-0001');
    await checkA11y(member);
  });

  test('anyone finds companies and university groups on the helpers page, by kind', async ({ page, checkA11y }) => {
    await page.goto('/npos');
    await page.getByRole('link', { name: '企業や大学もさがす' }).click();
    await expect(page).toHaveURL(/\/helpers/);
    const card = (name: string) => page.getByTestId('npo-result-card').filter({ hasText: name });
    // (right after the product starts, the search index may still be filling from the outbox)
    await expect(async () => {
      await page.reload();
      await page.getByRole('searchbox', { name: 'キーワード' }).fill('ホームページ');
      await page.getByRole('button', { name: '検索' }).click();
      await expect(card(COMPANY)).toBeVisible({ timeout: 2_000 });
    }).toPass({ timeout: 30_000 });
    await expect(card(COMPANY)).toContainText('企業');
    await checkA11y(page);
    await page.getByTestId('kind-chip-UNIVERSITY').click();
    await expect(page).toHaveURL(/kind=UNIVERSITY/);
    await expect(card(UNIVERSITY_GROUP)).toBeVisible();
    await expect(card(COMPANY)).toHaveCount(0);
    // The NPO search stays NPOs only.
    await page.goto('/npos');
    await expect(page.getByTestId('npo-result-card').first()).toBeVisible();
    await expect(card(COMPANY)).toHaveCount(0);
  });
});
