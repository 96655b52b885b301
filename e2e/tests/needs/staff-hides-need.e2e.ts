import { signedIn } from '../../fixtures/sign-in';
import { expect, test } from '../../fixtures/test';

const OFFICER = { email: 'officer@demo.tsunagu.jp', password: 'demo-officer-2026' };
const STAFF = { email: 'staff@demo.tsunagu.jp', password: 'demo-staff-2026' };

const inTwoWeeks = () =>
  new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Tokyo' }).format(new Date(Date.now() + 14 * 86_400_000));

test('staff hide an abusive need: others no longer find it, the group sees why', async ({ browser, checkA11y }) => {
  const officer = await signedIn(browser, OFFICER);
  const title = `格安で屋根を直します（E2E ${Date.now()}）`;
  // The post under review, published through the API as the officer's browser would.
  const groups = await officer.request.post('/graphql', {
    data: { query: '{ myCommunityGroups { id name status } }' },
  });
  const group = (
    (await groups.json()) as { data: { myCommunityGroups: Array<{ id: string; status: string }> } }
  ).data.myCommunityGroups.find((g) => g.status === 'VERIFIED')!;
  const posted = await officer.request.post('/graphql', {
    data: {
      query: `mutation($i: PostNeedInput!) { postNeed(input: $i) { id } }`,
      variables: {
        i: {
          groupId: group.id,
          publish: true,
          title,
          description: '屋根の修理を格安で請け負います。ご連絡ください。',
          fields: [3],
          deadline: inTwoWeeks(),
        },
      },
    },
  });
  const needId = ((await posted.json()) as { data: { postNeed: { id: string } } }).data.postNeed.id;

  const staff = await signedIn(browser, STAFF);
  await staff.goto(`/needs/${needId}`);
  await staff.getByTestId('need-staff').locator('summary').click();
  await staff.getByLabel('理由（団体の方に表示されます）').fill('宣伝だけの投稿のため');
  await staff.getByRole('button', { name: '非公開にする' }).click();
  await expect(staff.getByText('変更しました。操作は記録に残ります。')).toBeVisible();
  await checkA11y(staff);

  // The staff overview still lists it, marked hidden, and its CSV holds it.
  await staff.goto('/staff');
  await staff.getByTestId('staff-needs-link').click();
  const listed = staff.getByRole('listitem').filter({ hasText: title });
  await expect(listed.getByText('非公開')).toBeVisible();
  await checkA11y(staff);
  const csv = await staff.request.get((await staff.getByTestId('staff-needs-csv').getAttribute('href'))!);
  expect(csv.headers()['content-type']).toContain('text/csv');
  expect(await csv.text()).toContain(title);

  const visitor = await (await browser.newContext({ locale: 'ja-JP' })).newPage();
  await visitor.goto(`/needs/${needId}`);
  await expect(visitor.getByRole('heading', { level: 1 })).not.toHaveText(title);
  await visitor.goto(`/needs?q=${encodeURIComponent('屋根')}`);
  await expect(visitor.getByText(title)).toHaveCount(0);

  await officer.goto(`/needs/${needId}`);
  await expect(officer.getByText('この募集は、市の職員が非公開にしました')).toBeVisible();
  await expect(officer.getByText('宣伝だけの投稿のため')).toBeVisible();
});
