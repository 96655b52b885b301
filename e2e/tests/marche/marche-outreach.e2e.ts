import { signedIn } from '../../fixtures/sign-in';
import { expect, test } from '../../fixtures/test';

const OFFICER = { email: 'officer@demo.tsunagu.jp', password: 'demo-officer-2026' };
const STAFF = { email: 'staff@demo.tsunagu.jp', password: 'demo-staff-2026' };

test('staff see whom to invite and why; a group marks an exhibitor it wants to meet; staff see the wish', async ({
  browser,
  checkA11y,
}) => {
  test.setTimeout(90_000);
  const staff = await signedIn(browser, STAFF);
  const events = await staff.request.post('/graphql', { data: { query: '{ marcheEvents { id name } }' } });
  const demo = (
    (await events.json()) as { data: { marcheEvents: Array<{ id: string; name: string }> } }
  ).data.marcheEvents.find((e) => e.name === 'Action! NPO マルシェ')!;

  // Invitations: NPOs that fit the demo groups' open needs, with the needs named.
  await staff.goto(`/staff/marche/${demo.id}`);
  // Invitations and meeting wishes are folded below the applications: open them.
  await staff.getByTestId('marche-section-invitations').click();
  const candidates = staff.getByTestId('marche-invite-candidates');
  await expect(candidates).toBeVisible();
  await expect(candidates.getByText(/に合う：/).first()).toBeVisible();
  const invite = candidates.getByRole('button', { name: '出展に誘う' });
  if ((await invite.count()) > 0) {
    await invite.first().click();
    await expect(staff.getByText(/に、お誘いを送りました。/)).toBeVisible();
    await expect(candidates.getByText('誘いました').first()).toBeVisible();
  }
  // NPOs nobody looks after here (most of the demo's) cannot be invited in the app: the next step
  // is a letter to the registered address, made on the outreach page.
  await expect(
    candidates.getByText(/まだ「つなぐ」にアカウントがありません。市から手紙でお誘いできます。/).first(),
  ).toBeVisible();
  const byLetter = candidates.getByTestId('marche-invite-by-letter').first();
  await expect(byLetter).toHaveText('「NPOへのおつなぎ」で、マルシェに招く手紙を作る');
  await expect(byLetter).toHaveAttribute('href', '/staff/outreach#outreach-letters');
  await checkA11y(staff);

  // Staff write to an exhibitor, and print the map and list as a PDF.
  const first = staff.getByTestId('marche-application').first();
  await first.getByText(/に連絡する$/).click();
  await first.getByLabel('連絡の内容（NPOにアプリとメールで届きます）').fill('当日の搬入は9時からです。');
  await first.getByRole('button', { name: '連絡を送る' }).click();
  await expect(first.getByText('送りました。')).toBeVisible();
  const pdf = await staff.request.get((await staff.getByTestId('marche-layout-pdf').getAttribute('href'))!);
  expect(pdf.headers()['content-type']).toBe('application/pdf');

  // The officer of a verified group marks an exhibitor on the public page (each project its own).
  const officer = await signedIn(browser, OFFICER);
  await officer.goto(`/marche/${demo.id}`);
  const index = test.info().project.name === 'phone' ? 1 : 0;
  const button = officer.getByTestId('marche-wish').nth(index);
  const before = await button.getAttribute('aria-pressed');
  await button.click();
  await expect(button).toHaveAttribute('aria-pressed', before === 'true' ? 'false' : 'true');
  await checkA11y(officer);
  if (before !== 'true') {
    await staff.reload();
    await staff.getByTestId('marche-section-wishes').click();
    await expect(staff.getByTestId('marche-wishes')).toContainText('黒崎三丁目自治会（八幡西区）が');
  }
});
