import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { flatText, pdfPages, pdfTextSizes, withoutSpaces } from '../../fixtures/letters-pdf';
import { openMenu } from '../../fixtures/menu';
import { signedIn } from '../../fixtures/sign-in';
import { expect, test } from '../../fixtures/test';

const CENTRE_STAFF = { email: 'centre@demo.tsunagu.jp', password: 'demo-centre-2026' };
const NPO_MEMBER = { email: 'npo@demo.tsunagu.jp', password: 'demo-npo-2026' };

/** YYYY-MM-DD in Japan, `days` from today. */
function dayFromToday(days: number): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Tokyo' }).format(new Date(Date.now() + days * 86_400_000));
}

/** A PDF the signed-in page downloads (its cookies), saved to a file of its own. */
async function download(page: Page, path: string, name: string): Promise<string> {
  const res = await page.request.get(path);
  expect(res.status(), `${path} answers`).toBe(200);
  expect(res.headers()['content-type']).toContain('application/pdf');
  const file = join(mkdtempSync(join(tmpdir(), 'e2e-assisted-')), name);
  writeFileSync(file, await res.body());
  return file;
}

/**
 * Issue #15, done when: centre staff register an assisted group and post a need for it; an NPO
 * offers online; staff print the notice (the offer and the NPO's introduction on it, ≥ 14 pt);
 * staff record the officer's acceptance by phone; the contact slip prints; the NPO sees the
 * acceptance marked as taken by the centre.
 */
test.describe('assisted mode: a 市民センター acts for an officer who is not online', () => {
  test('register with consent, post, NPO offers, notice printed, answer by phone, contact slip, NPO sees it', async ({
    page,
    browser,
    checkA11y,
  }) => {
    test.setTimeout(120_000);
    const id = `${Date.now()}${Math.floor(Math.random() * 1000)}`;
    const groupName = `黒崎六丁目町内会（E2E ${id}）`;
    const officer = { name: '山田 きよ', phone: '093-621-5678' };

    // The centre's desk, and the group registered with the officer's consent on paper.
    const centre = await signedIn(browser, CENTRE_STAFF, { page, landsOn: /\/me$/ });
    await openMenu(centre);
    await centre.getByRole('link', { name: '市民センター', exact: true }).first().click();
    await expect(centre).toHaveURL(/\/centre/);
    await expect(centre.getByTestId('assisted-group').first()).toBeVisible();
    await checkA11y(centre);
    await centre.getByTestId('register-assisted-group').click();
    await expect(centre).toHaveURL(/\/centre\/[0-9a-f-]{36}\/groups\/new$/);
    // Nothing filled in: the error summary at the top says what is missing, and nothing is saved.
    await centre.getByTestId('assisted-submit').click();
    await expect(centre.getByRole('link', { name: '同意のもらい方を選んでください' })).toBeVisible();
    await checkA11y(centre);
    await centre.locator('#assisted-name').fill(groupName);
    await centre.locator('#assisted-ward').selectOption('八幡西区');
    await centre.locator('#assisted-officer').fill(officer.name);
    await centre.locator('#assisted-phone').fill(officer.phone);
    await centre.locator('#assisted-address').fill('北九州市八幡西区黒崎六丁目2-3');
    await centre.getByTestId('consent-PAPER_FORM').check();
    await centre.locator('#assisted-day').fill(dayFromToday(0));
    await centre.getByTestId('assisted-submit').click();
    await expect(centre).toHaveURL(/\/centre\/[0-9a-f-]{36}$/);
    await expect(centre.getByText('登録しました。次は、この団体の募集を書きましょう。')).toBeVisible();
    const card = centre.getByTestId('assisted-group').filter({ hasText: groupName });
    await expect(card.getByTestId('assisted-consent')).toContainText('同意書（紙）');

    // The need, written by the centre for the group.
    await centre.getByTestId('registered-write-need').click();
    await expect(centre).toHaveURL(/\/needs\/new\?group=/);
    const groupId = new URL(centre.url()).searchParams.get('group');
    await expect(centre.getByTestId('need-group')).toHaveValue(groupId!);
    await centre.getByTestId('template-cleanup').click();
    const title = `公園の清掃を手伝ってくれる方を探しています（E2E ${id}）`;
    await centre.getByTestId('need-title').fill(title);
    await centre.getByTestId('need-deadline-NEXT_MONTH').check();
    await centre.getByTestId('need-preview-button').click();
    await centre.getByTestId('need-publish').click();
    await expect(centre).toHaveURL(/\/needs\/[0-9a-f-]{36}$/);
    const needPath = new URL(centre.url()).pathname;
    await expect(centre.getByTestId('proxy-mark')).toHaveText('黒崎市民センターが代理で入力');

    // An NPO offers online, and sees who wrote the need.
    const npo = await signedIn(browser, NPO_MEMBER, { landsOn: /\/me$/ });
    await npo.goto(needPath);
    await expect(npo.getByTestId('proxy-mark')).toHaveText('黒崎市民センターが代理で入力');
    const npoWords = `ボランティア5人で伺えます。軍手とごみ袋も持っていきます。${id}`;
    await npo.getByTestId('offer-message-input').fill(npoWords);
    await npo.getByTestId('offer-submit').click();
    await expect(npo.getByTestId('my-offer-link')).toBeVisible();
    await npo.getByTestId('my-offer-link').click();
    await expect(npo).toHaveURL(/\/offers\/[0-9a-f-]{36}$/);
    const offerPath = new URL(npo.url()).pathname;

    // The notice the centre prints for the officer: the offer, its words and the NPO's introduction, ≥ 14 pt.
    await centre.goto('/centre');
    const noticeHref = await card.getByTestId('print-notice').getAttribute('href');
    expect(noticeHref).toMatch(/^\/api\/assisted\/groups\/[0-9a-f-]{36}\/notice\.pdf$/);
    const notice = await download(centre, noticeHref!, 'notice.pdf');
    const noticeText = pdfPages(notice).map(flatText).join('');
    expect(noticeText).toContain(withoutSpaces(groupName));
    expect(noticeText).toContain(withoutSpaces(npoWords));
    expect(noticeText).toContain(withoutSpaces('子どもたちが安心して集まれる食堂を'));
    expect(noticeText).toContain('093-621-0000');
    const smallest = Math.min(
      ...pdfTextSizes(notice)
        .flat()
        .map((i) => i.size),
    );
    expect(smallest).toBeGreaterThanOrEqual(14);

    // The officer said yes on the phone: the centre types it in, with who took the call.
    await centre.goto(offerPath);
    await expect(centre.getByTestId('thread-accept')).toHaveCount(0);
    await centre.getByTestId('phone-reply-ACCEPT').check();
    await centre
      .getByTestId('phone-reply-words')
      .fill(`よろしくお願いします。当日は公園の入口でお待ちしています。${id}`);
    await centre.getByTestId('phone-reply-taken-by').fill('窓口 山本');
    await checkA11y(centre);
    await centre.getByTestId('phone-reply-submit').click();
    await expect(centre.getByTestId('offer-status')).toHaveText('お願いした');
    await expect(centre.getByTestId('contacts')).toBeVisible();

    // The contact slip prints: both sides' contacts on one page.
    const slipHref = await centre.getByTestId('contact-slip').getAttribute('href');
    const slip = await download(centre, slipHref!, 'contact-slip.pdf');
    const slipPages = pdfPages(slip);
    expect(slipPages).toHaveLength(1);
    expect(flatText(slipPages[0])).toContain(officer.phone);
    expect(flatText(slipPages[0])).toContain(NPO_MEMBER.email);

    // The NPO sees the group's answer, marked as taken by phone by the centre, and the officer's phone.
    await npo.goto(offerPath);
    await expect(npo.getByTestId('offer-status')).toHaveText('お願いした');
    await expect(npo.getByTestId('offer-status').locator('..').getByTestId('proxy-mark')).toHaveText(
      '電話で受けた返事（黒崎市民センターが入力）',
    );
    await expect(npo.getByTestId('thread-message').last()).toContainText('公園の入口でお待ちしています');
    await expect(npo.getByTestId('contacts')).toContainText(officer.phone);
    await checkA11y(npo);
  });
});
