import { OFFER, POST, type NeedView, type NeedsWorld, createNeedsWorld, inDays } from '../needs/needs-world';
import type { SessionClient } from '../accounts/session-client';

const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff「」、（）]/;
const LATIN = /[A-Za-z]/;

/** A GraphQL call with this person's session, read in `language` (the web client sends it as Accept-Language). */
async function gqlIn<T>(w: NeedsWorld, who: SessionClient, language: 'ja' | 'en', query: string): Promise<T> {
  const res = await fetch(`${w.t.baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'accept-language': language, cookie: who.cookie },
    body: JSON.stringify({ query }),
  });
  const body = (await res.json()) as { data: T; errors?: unknown[] };
  expect(body.errors).toBeUndefined();
  return body.data;
}

const withoutNames = (text: string, names: readonly string[]) => names.reduce((t, n) => t.split(n).join(''), text);

/** Notifications, the audit log and the notification mail, read by a Japanese and an English reader. */
describe('notifications and the audit log in the reader’s language', () => {
  let w: NeedsWorld;
  let names: string[];

  beforeAll(async () => {
    w = await createNeedsWorld();
    const need = (
      await w.as.officer.gql<{ postNeed: NeedView }>(POST, {
        i: {
          groupId: w.group,
          publish: true,
          title: '夏祭りのテント張り',
          description: '夏祭りのテントを一緒に張ってくれる方を探しています。',
          deadline: inDays(30),
        },
      })
    ).data!.postNeed;
    const offer = await w.as.npoMember.gql<{ offerHelp: { id: string } }>(OFFER, {
      n: need.id,
      o: w.npo,
      m: 'テント張りならお手伝いできます。',
    });
    await w.as.officer.gql(`mutation($o: ID!) { respondToOffer(offerId: $o, accept: true) { id } }`, {
      o: offer.data!.offerHelp.id,
    });
    await w.as.staff.gql(`mutation($id: ID!) { approveCommunityGroup(id: $id, approve: true) { id } }`, {
      id: w.pendingGroup,
    });
    const [npo] = await w.db.query(`SELECT name FROM npo WHERE id = $1`, [w.npo]);
    names = [npo.name, '黒崎三丁目自治会', 'まだ確認前の町内会', '夏祭りのテント張り', 'staff', 'officer', 'npoMember'];
  });
  afterAll(async () => {
    await w?.t.close();
  });

  const NOTIFICATIONS = `{ notifications { title body } }`;

  it('an English reader gets the offer notices in English, names as written; a Japanese reader in Japanese', async () => {
    for (const who of [w.as.officer, w.as.npoMember]) {
      const en = await gqlIn<{ notifications: Array<{ title: string; body: string }> }>(w, who, 'en', NOTIFICATIONS);
      expect(en.notifications.length).toBeGreaterThan(0);
      for (const n of en.notifications) expect(withoutNames(`${n.title} ${n.body}`, names)).not.toMatch(JAPANESE);
      const ja = await gqlIn<{ notifications: Array<{ title: string; body: string }> }>(w, who, 'ja', NOTIFICATIONS);
      for (const n of ja.notifications)
        expect(withoutNames(`${n.title} ${n.body}`, names).replace(/NPO/g, '')).not.toMatch(LATIN);
    }
  });

  it('a notice written with its key reads in English from the catalogue, not by reading its stored Japanese', async () => {
    const [row]: Array<{ id: string; message_key: string; message_params: Record<string, unknown> }> = await w.db.query(
      `SELECT n.id, n.message_key, n.message_params FROM notification n JOIN user_account u ON u.id = n.user_id
        WHERE u.email = 'officer@example.jp' AND n.kind = 'offer.received'`,
    );
    expect(row?.message_key).toBe('offerReceived');
    const [npo] = await w.db.query(`SELECT name FROM npo WHERE id = $1`, [w.npo]);
    expect(row?.message_params).toEqual({ npo: npo.name, need: '夏祭りのテント張り' });
    // A wording the parser could never recognise: only the key and its values can give the English.
    await w.db.query(`UPDATE notification SET title = '書き換えた題', body = '書き換えた本文' WHERE id = $1`, [
      row?.id,
    ]);
    const en = await gqlIn<{ notifications: Array<{ id: string; title: string; body: string }> }>(
      w,
      w.as.officer,
      'en',
      `{ notifications { id title body } }`,
    );
    expect(en.notifications.find((n) => n.id === row?.id)).toEqual({
      id: row?.id,
      title: `“${npo.name}” offered to help`,
      body: `The NPO “${npo.name}” offered to help with your need “夏祭りのテント張り”. Read the offer and decide whether to ask them.`,
    });
  });

  it('the staff desk reads the audit log in words in either language', async () => {
    const QUERY = `{ auditLog(limit: 10) { action summary } }`;
    const en = await gqlIn<{ auditLog: Array<{ action: string; summary: string }> }>(w, w.as.staff, 'en', QUERY);
    const verified = en.auditLog.find((e) => e.action === 'group.verified');
    expect(verified?.summary).toBe('staff verified まだ確認前の町内会');
    for (const e of en.auditLog) expect(withoutNames(e.summary, names)).not.toMatch(JAPANESE);
    const ja = await gqlIn<{ auditLog: Array<{ action: string; summary: string }> }>(w, w.as.staff, 'ja', QUERY);
    expect(ja.auditLog.find((e) => e.action === 'group.verified')?.summary).toBe(
      'staffが まだ確認前の町内会 を確認しました',
    );
  });

  it('a notification mail says the setting is on the お知らせ page and links straight to it', async () => {
    const mails: Array<{ body: string }> = await w.db.query(
      `SELECT text_body AS body FROM mail_outbox WHERE to_address = 'officer@example.jp'`,
    );
    expect(mails.length).toBeGreaterThan(0);
    for (const mail of mails) {
      expect(mail.body).toContain('「お知らせ」のページ');
      expect(mail.body).toContain(`${w.t.config.publicUrl}/notifications`);
      expect(mail.body).not.toContain('マイページ');
    }
  });
});
