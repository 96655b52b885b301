import { writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { CLAIM_CODE, flatText, pdfPages, qrOnPage, withoutSpaces } from '../../fixtures/letters-pdf';
import { cli, sql } from '../../fixtures/product-data';
import { signedIn } from '../../fixtures/sign-in';
import { E2E_PASSWORD, confirmationLink } from '../../fixtures/sign-up';
import { expect, test } from '../../fixtures/test';

const OFFICER = { email: 'officer@demo.tsunagu.jp', password: 'demo-officer-2026' };
const STAFF = { email: 'staff@demo.tsunagu.jp', password: 'demo-staff-2026' };
const GROUP = '黒崎三丁目自治会';
const GROUP_PHONE = '093-000-0000';

// Each project posts another kind of need, so the two runs (one product, one database) ask
// other NPOs: one of them claims its NPO, the other must still find its NPOs without an account.
const TEMPLATE: Record<string, string> = { desktop: 'elderly-watch', phone: 'cleanup' };

interface Npo {
  id: string;
  name: string;
  address: string;
  postalCode: string | null;
  representative: string | null;
}

/** A postal code as written on an envelope: 〒806-0021. */
function postalCode(raw: string): string {
  const digits = raw.replace(/\D/g, '');
  return digits.length === 7 ? `${digits.slice(0, 3)}-${digits.slice(3)}` : raw.trim();
}

/** A GraphQL call as the person signed in on this page (the same session cookie). */
async function gql<T>(page: Page, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await page.request.post('/graphql', { data: { query, variables } });
  const body = (await res.json()) as { data?: T; errors?: unknown };
  expect(body.errors, query).toBeUndefined();
  return body.data as T;
}

/** Reloads the page until `check` passes: notifications and the queue change in the background. */
async function untilShown(page: Page, check: () => Promise<void>): Promise<void> {
  await expect(async () => {
    await page.reload();
    await check();
  }).toPass({ timeout: 30_000 });
}

test.describe('the city as the bridge to NPOs without an account', () => {
  test('a need asks two NPOs; staff print letters; one NPO claims with its code and is accepted; the other never answers', async ({
    page,
    browser,
    checkA11y,
  }, testInfo) => {
    test.setTimeout(240_000);
    const run = `${testInfo.project.name}-${Date.now()}`;
    const title = `見守りと清掃を手伝ってほしい（E2E ${run}）`;
    const publicUrl = process.env['PUBLIC_URL'] ?? `http://localhost:${new URL(testInfo.project.use.baseURL!).port}`;
    let needPath = '';
    let needId = '';
    let asked: Npo[] = [];

    const officer = await signedIn(browser, OFFICER, { page, landsOn: /\/me$/ });

    await test.step('the officer posts a need and asks two suggested NPOs that have no account', async () => {
      await officer.goto('/needs/new');
      await officer.getByTestId('need-group').selectOption({ label: `${GROUP}（八幡西区）` });
      await officer.getByTestId(`template-${TEMPLATE[testInfo.project.name]}`).click();
      await officer.getByTestId('need-title').fill(title);
      // The place is among what may be left out, folded.
      await officer.getByTestId('need-more-fold').locator('summary').click();
      await officer.getByTestId('need-place').fill('黒崎市民センター');
      await officer.getByTestId('need-deadline-NEXT_MONTH').check();
      await officer.getByTestId('need-preview-button').click();
      await officer.getByTestId('need-publish').click();
      await expect(officer).toHaveURL(/\/needs\/[0-9a-f-]{36}$/);
      needPath = new URL(officer.url()).pathname;
      needId = needPath.split('/').pop()!;
      await expect(officer.getByTestId('suggested-npo').first()).toBeVisible({ timeout: 15_000 });
      // This story is about the open data's NPOs, which have a registered address for a letter.
      await officer.getByRole('button', { name: 'NPOだけ' }).click();
      await expect(officer.getByRole('button', { name: 'NPOだけ' })).toHaveAttribute('aria-pressed', 'true');

      // The suggestions the page shows; of those, NPOs nobody here looks after, that no other need asked yet.
      const { matchNposForNeed: matches } = await gql<{
        matchNposForNeed: Array<{ npo: { id: string; name: string; claimed: boolean } }>;
      }>(
        officer,
        `query($n: ID!) { matchNposForNeed(needId: $n, limit: 5, kinds: [NPO]) { npo { id name claimed } } }`,
        { n: needId },
      );
      const askedElsewhere = new Set(
        (await sql<{ npo_id: string }>(`SELECT DISTINCT npo_id FROM introduction_request`)).map((r) => r.npo_id),
      );
      const picked = matches.map((m) => m.npo).filter((n) => !n.claimed && !askedElsewhere.has(n.id));
      expect(picked.length, 'two suggested NPOs without an account').toBeGreaterThanOrEqual(2);

      for (const npo of picked.slice(0, 2)) {
        const card = officer
          .getByTestId('suggested-npo')
          .filter({ has: officer.getByRole('heading', { name: npo.name, exact: true }) });
        await card.getByTestId('invite-npo').click();
        await expect(card.getByTestId('introduction-status')).toContainText('市の担当者がNPOにお伝えします');
        await expect(card.getByTestId('introduction-next-step')).toContainText('市の担当者が、NPOに手紙や電話で');
      }
      const npos = await Promise.all(
        picked.slice(0, 2).map(async ({ id }) => {
          const { npo } = await gql<{ npo: Npo }>(
            officer,
            `query($id: ID!) { npo(id: $id) { id name address postalCode representative } }`,
            {
              id,
            },
          );
          return npo;
        }),
      );
      asked = npos;

      // 「お願いしたNPO」 lists both, with the same honest status.
      await officer.reload();
      const list = officer.getByTestId('need-introductions');
      await expect(list.getByTestId('need-introduction')).toHaveCount(2);
      for (const npo of asked) await expect(list).toContainText(npo.name);
      await expect(list.getByTestId('introduction-status-label').first()).toHaveText('市の担当者がNPOにお伝えします');
      await checkA11y(officer);
    });

    const staff = await signedIn(browser, STAFF, { landsOn: /\/staff$/ });
    let codes: Array<{ npo: Npo; code: string }> = [];
    let claimPath = '';

    await test.step('staff find both NPOs waiting, with the need and the group, and print their letters', async () => {
      await staff.getByTestId('staff-outreach-link').click();
      await expect(staff).toHaveURL(/\/staff\/outreach$/);
      for (const npo of asked) {
        const item = staff
          .getByTestId('outreach-item')
          .filter({ has: staff.getByRole('heading', { name: npo.name, exact: true }) });
        await expect(item).toContainText(title);
        await expect(item).toContainText(GROUP);
        await expect(item).toContainText(npo.address);
        // The officer's own contacts are not passed on before the NPO is accepted (the demo group's
        // phone is the city office's number, so its email tells).
        await expect(item).not.toContainText(OFFICER.email);
      }
      await checkA11y(staff);

      await staff.getByTestId('letters-selection-CHOSEN').check();
      for (const npo of asked) {
        await staff.getByTestId('letters-pick-words').fill(npo.name);
        await staff.getByTestId('letters-pick-words').press('Enter');
        await staff.getByRole('button', { name: `${npo.name}を加える`, exact: true }).click();
        await expect(staff.getByTestId('letters-chosen')).toContainText(npo.name);
      }
      const started = staff.waitForResponse(
        (r) => r.url().endsWith('/graphql') && (r.request().postData() ?? '').includes('generateInvitationLetters'),
      );
      await staff.getByTestId('letters-generate').click();
      const job = ((await (await started).json()) as { data: { generateInvitationLetters: { id: string } } }).data
        .generateInvitationLetters;
      const href = `/api/invitation-letters/${job.id}.pdf`;
      await expect(staff.locator(`[data-testid="letters-download"][href="${href}"]`).first()).toBeVisible({
        timeout: 60_000,
      });
      await checkA11y(staff);

      const res = await staff.request.get(href);
      expect(res.status()).toBe(200);
      expect(res.headers()['content-type']).toContain('application/pdf');
      const file = testInfo.outputPath('letters.pdf');
      writeFileSync(file, await res.body());

      // One letter per NPO: its name and registered address for the window, and its own code.
      const pages = pdfPages(file);
      const letters = pages
        .map((p, i) => ({ text: flatText(p), page: i + 1 }))
        .filter((p) => (p.text.match(CLAIM_CODE) ?? []).length > 0);
      expect(letters).toHaveLength(2);
      codes = letters.map((letter) => {
        const npo = asked.find((n) => letter.text.includes(withoutSpaces(n.name)));
        expect(npo, `an asked NPO's name on page ${letter.page}`).toBeDefined();
        expect(letter.text).toContain(withoutSpaces(npo!.address));
        if (npo!.postalCode) expect(letter.text).toContain(`〒${postalCode(npo!.postalCode)}`);
        if (npo!.representative) expect(letter.text).toContain(`代表者${withoutSpaces(npo!.representative)}様`);
        expect(letter.text).toContain(`「${title.replace(/\s+/g, '')}」`);
        expect(letter.text).toContain(`${GROUP}（八幡西区）`);
        // The group's contacts are not in the letter (the demo group's phone is the city office's, so its email).
        expect(letter.text).not.toContain(OFFICER.email);
        const printed = letter.text.match(CLAIM_CODE) ?? [];
        expect(printed).toHaveLength(1);
        return { npo: npo!, code: printed[0] ?? '' };
      });
      expect(new Set(codes.map((c) => c.npo.id)).size).toBe(2);
      expect(codes[0].code).not.toBe(codes[1].code);

      // The first letter's QR code opens its claim page on the product's public address.
      const qr = qrOnPage(file, letters[0].page);
      expect(qr).not.toBeNull();
      const url = new URL(qr!);
      expect(url.origin).toBe(publicUrl);
      expect(url.pathname).toBe(`/claim/${codes[0].code}`);
      claimPath = url.pathname;

      // Sent by letter: the group reads it on the need page.
      await officer.reload();
      await expect(
        officer.getByTestId('need-introductions').getByTestId('introduction-status-label').first(),
      ).toHaveText('お伝えしました');
    });

    const [first, second] = codes;
    const npoEmail = `npo-${run}@e2e.example.jp`;
    const member = await (await browser.newContext({ locale: 'ja-JP' })).newPage();
    let offerPath = '';

    await test.step('a new member of the first NPO signs up from the letter, claims it with the code, and offers', async () => {
      // The phone that read the QR code opens its address (here on the test's own host name).
      await member.goto(claimPath);
      await expect(member.getByTestId('claim-preview')).toContainText(first.npo.name);
      await expect(member.getByTestId('claim-preview')).toContainText('待っている地域の団体：1件');
      await checkA11y(member);
      await member.getByTestId('claim-sign-up').click();
      await expect(member).toHaveURL(/\/signup$/);
      await member.getByTestId('signup-name').fill(`高橋 みどり（${run}）`);
      await member.getByTestId('signup-email').fill(npoEmail);
      await member.getByTestId('signup-password').fill(E2E_PASSWORD);
      await member.getByTestId('signup-submit').click();
      await expect(member.getByTestId('signup-sent')).toBeVisible();
      await member.goto(await confirmationLink(member, npoEmail));
      await member.getByTestId('signup-confirm-password').fill(E2E_PASSWORD);
      await member.getByTestId('signup-confirm').click();
      // Back on the letter's page, signed in: one button makes the person a member, no approval.
      await expect(member).toHaveURL(new RegExp(`/claim/${first.code}$`));
      await member.getByTestId('claim-join').click();
      await expect(member.getByRole('heading', { level: 1 })).toHaveText(`${first.npo.name}のメンバーになりました`);
      await expect(member.getByTestId('claim-status')).toContainText('古い順に並んでいます');
      const waiting = member.getByTestId('waiting-request');
      await expect(waiting.first()).toContainText(title);
      await expect(waiting.first()).toContainText(`${GROUP}（八幡西区）`);
      await checkA11y(member);

      await waiting.first().getByTestId('waiting-request-offer').click();
      await expect(member).toHaveURL(new RegExp(`${needPath}\\?as=${first.npo.id}$`));
      await expect(member.getByText(`${first.npo.name}として申し出ます。`)).toBeVisible();
      await member.getByTestId('offer-message-input').fill('見守りの経験がある会員が3名います。土曜日に伺えます。');
      await member.getByTestId('offer-submit').click();
      await expect(member.getByTestId('my-offer-link')).toBeVisible();
    });

    await test.step('the officer accepts the offer and both sides see each other’s contacts', async () => {
      await untilShown(officer, async () => {
        await expect(officer.getByTestId('offer-card').filter({ hasText: first.npo.name })).toBeVisible({
          timeout: 2_000,
        });
      });
      const offer = officer.getByTestId('offer-card').filter({ hasText: first.npo.name });
      await expect(offer.getByTestId('offer-message')).toContainText('見守りの経験がある会員が3名います');
      await expect(officer.locator('body')).not.toContainText(npoEmail);
      const request = officer
        .getByTestId('need-introduction')
        .filter({ has: officer.getByRole('heading', { name: first.npo.name, exact: true }) });
      await expect(request.getByTestId('introduction-status-label')).toHaveText('返事がありました');
      await checkA11y(officer);
      await offer.getByTestId('offer-accept').click();
      await expect(offer.getByTestId('offer-accept')).toHaveCount(0);
      await offer.getByTestId('offer-thread-link').click();
      await expect(officer).toHaveURL(/\/offers\/[0-9a-f-]{36}$/);
      offerPath = new URL(officer.url()).pathname;
      await expect(officer.getByTestId('offer-status')).toHaveText('お願いした');
      await expect(officer.getByTestId('contacts')).toContainText(npoEmail);

      await member.goto(offerPath);
      await expect(member.getByTestId('contacts')).toContainText(GROUP_PHONE);
      await expect(member.getByTestId('contacts')).toContainText(OFFICER.email);
      await checkA11y(member);
    });

    const silent = second.npo;
    const [request] = await sql<{ id: string }>(
      `SELECT id FROM introduction_request WHERE need_id = $1 AND npo_id = $2`,
      [needId, silent.id],
    );
    const silentOnNeedPage = () =>
      officer
        .getByTestId('need-introduction')
        .filter({ has: officer.getByRole('heading', { name: silent.name, exact: true }) });

    await test.step('the second NPO does not answer for 8 days: the group and staff are reminded', async () => {
      await sql(`UPDATE introduction_request SET created_at = now() - interval '8 days' WHERE id = $1`, [request.id]);
      const pass = await cli('introduction-reminders');
      // The CLI's one line of JSON (the other project's run may have reminded this request already).
      expect(pass).toEqual({
        introductions: { needClosed: expect.any(Number), noReply: expect.any(Number), reminded: expect.any(Number) },
        offers: expect.any(Object),
      });
      const [row] = await sql<{ status: string; reminded: boolean }>(
        `SELECT status, reminded_at IS NOT NULL AS reminded FROM introduction_request WHERE id = $1`,
        [request.id],
      );
      expect(row).toEqual({ status: 'FORWARDED', reminded: true });

      await officer.goto('/notifications');
      await untilShown(officer, async () => {
        await expect(officer.getByTestId('notifications')).toContainText(
          `「${silent.name}」から、まだ返事がありません`,
          {
            timeout: 2_000,
          },
        );
      });
      await officer.goto(needPath);
      await expect(silentOnNeedPage().getByTestId('introduction-next-step')).toContainText(
        '市の担当者が、もう一度NPOに連絡します',
      );
      await checkA11y(officer);

      await staff.goto('/staff/outreach');
      const item = staff
        .getByTestId('outreach-item')
        .filter({ has: staff.getByRole('heading', { name: silent.name, exact: true }) });
      await expect(item.getByTestId('outreach-reminder')).toHaveText('催促の時期です');
      await checkA11y(staff);
    });

    await test.step('after 22 days the request closes: the group reads 「返事がありません」 and what next; staff are told', async () => {
      await sql(`UPDATE introduction_request SET created_at = now() - interval '22 days' WHERE id = $1`, [request.id]);
      await cli('introduction-reminders');
      const [row] = await sql<{ status: string }>(`SELECT status FROM introduction_request WHERE id = $1`, [
        request.id,
      ]);
      expect(row.status).toBe('NO_REPLY');

      await officer.goto(needPath);
      await expect(silentOnNeedPage().getByTestId('introduction-status-label')).toHaveText('返事がありません');
      await expect(silentOnNeedPage().getByTestId('introduction-next-step')).toHaveText(
        'ほかのおすすめのNPOにもお願いできます。市の担当者にも相談できます。',
      );
      await checkA11y(officer);
      await officer.goto('/notifications');
      await expect(officer.getByTestId('notifications')).toContainText(
        `「${silent.name}」から返事がなかったので、お願いを終わりにしました`,
      );

      await staff.goto('/notifications');
      await expect(staff.getByTestId('notifications')).toContainText(
        `「${silent.name}」へのお願いが、返事のないまま終わりました`,
      );
      await staff.goto('/staff/outreach?status=NO_REPLY');
      const closed = staff
        .getByTestId('outreach-item')
        .filter({ has: staff.getByRole('heading', { name: silent.name, exact: true }) });
      await expect(closed).toContainText(title);
      await expect(closed).toContainText('返事がありません');
    });
  });
});
