import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import jsQR from 'jsqr';
import { APP_CONFIG, type AppConfig } from '@tsunagu/shared/api-core';
import { todayInJapan } from '@tsunagu/shared/util';
import type { SessionClient } from '../accounts/session-client';
import { DEMO_SCHEMES } from '../../src/seeds/demo-schemes.step';
import { OFFER, inDays } from '../needs/needs-world';
import {
  type AssistedWorld,
  OFFICER,
  assignCentreStaff,
  createAssistedGroup,
  createAssistedWorld,
} from './assisted-world';

// qrcode's own PNG codec (a dependency of the app's QR drawing, no types), to read pdftoppm's page image.
const { PNG } = require('pngjs') as {
  PNG: { sync: { read(b: Buffer): { width: number; height: number; data: Buffer } } };
};

type Page = string[][];
type SizedPage = Array<{ str: string; size: number }>;
const PDF_TEXT = join(__dirname, '../databook/pdf-text.mjs');
const NEED_TITLE = '集会所のまわりの草刈りを手伝ってほしい';
const OFFER_MESSAGE = '草刈り機を持って4人で伺えます。';
const INTRODUCTION = '八幡西区で子ども食堂と地域の清掃をしている団体です。';
const CENTRE_PHONE = '093-600-0000';
/** A city scheme for the need's 草刈り, and one for condominiums that fits nothing here. */
const WEEDING_SCHEME = {
  ...DEMO_SCHEMES[1]!,
  name: '地域の草刈り・清掃の道具貸し出し',
  summary: '自治会の草刈りや清掃に使う草刈り機や道具を、市が無料で貸し出します。',
  concepts: ['weeding', 'cleaning'],
  fields: [],
};
const SAVE_SCHEME = `mutation($i: SaveSupportSchemeInput!) { saveSupportScheme(input: $i) { id } }`;
const PHONE_REPLY = `mutation($i: RecordPhoneReplyInput!) { recordPhoneReply(input: $i) { id status } }`;

/** The four papers of assisted mode, drawn by the real app and read back as a person (or a phone) would. */
describe('assisted mode: paper out (notice, contact slip, 回覧板, weekly digest)', () => {
  let w: AssistedWorld;
  let group: string;
  let offer: string;
  let npoName: string;
  let publicUrl: string;
  const dir = mkdtempSync(join(tmpdir(), 'assisted-paper-'));

  beforeAll(async () => {
    w = await createAssistedWorld();
    publicUrl = w.t.app.get<AppConfig>(APP_CONFIG).publicUrl;
    await assignCentreStaff(w.as.staff, w.centre, 'centrestaff@example.jp');
    await assignCentreStaff(w.as.staff, w.otherCentre, 'othercentrestaff@example.jp');
    group = (await createAssistedGroup(w.people.centreStaff, w.centre)).data!.createAssistedGroup.id;
    const posted = await w.people.centreStaff.gql<{ postNeed: { id: string } }>(
      `mutation($i: PostNeedInput!) { postNeed(input: $i) { id } }`,
      {
        i: {
          groupId: group,
          publish: true,
          title: NEED_TITLE,
          description: '夏の前に、集会所のまわりの草刈りと清掃を手伝ってくれる方を探しています。',
          deadline: inDays(20),
        },
      },
    );
    expect(posted.errors).toBeUndefined();
    await w.db.query(
      `INSERT INTO npo_profile (npo_id, introduction) VALUES ($1, $2)
       ON CONFLICT (npo_id) DO UPDATE SET introduction = EXCLUDED.introduction`,
      [w.npo, INTRODUCTION],
    );
    const made = await w.as.npoMember.gql<{ offerHelp: { id: string } }>(OFFER, {
      n: posted.data!.postNeed.id,
      o: w.npo,
      m: OFFER_MESSAGE,
    });
    expect(made.errors).toBeUndefined();
    offer = made.data!.offerHelp.id;
    [{ name: npoName }] = await w.db.query(`SELECT name FROM npo WHERE id = $1`, [w.npo]);
    for (const scheme of [WEEDING_SCHEME, DEMO_SCHEMES[2]!])
      expect((await w.as.staff.gql(SAVE_SCHEME, { i: scheme })).errors).toBeUndefined();
  });
  afterAll(async () => {
    await w?.t.close();
  });

  /** Downloads a PDF and keeps it on disk for pdf.js and pdftoppm. */
  async function download(who: SessionClient, path: string, name: string) {
    const res = await who.get(path);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('application/pdf');
    const file = join(dir, name);
    writeFileSync(file, Buffer.from(await res.arrayBuffer()));
    return { file, disposition: res.headers.get('content-disposition') ?? '' };
  }
  const pagesOf = (file: string): Page[] =>
    JSON.parse(execFileSync(process.execPath, [PDF_TEXT, file], { encoding: 'utf8' })) as Page[];
  const sizesOf = (file: string): SizedPage[] =>
    JSON.parse(execFileSync(process.execPath, [PDF_TEXT, file, '--sizes'], { encoding: 'utf8' })) as SizedPage[];
  /** All text with no white space: names and sentences wrap where the page ends a line. */
  const flat = (pages: Page[]) =>
    pages
      .flat()
      .map((cells) => cells.join(''))
      .join('')
      .replace(/\s+/g, '');
  const bare = (text: string) => text.replace(/\s+/g, '');
  const qrOf = (file: string) => {
    const prefix = join(dir, 'kairanban');
    execFileSync('pdftoppm', ['-r', '150', '-png', '-f', '1', '-l', '1', '-singlefile', file, prefix]);
    const png = PNG.sync.read(readFileSync(`${prefix}.png`));
    const pixels = new Uint8ClampedArray(png.data.buffer, png.data.byteOffset, png.data.length);
    return jsQR(pixels, png.width, png.height)?.data ?? null;
  };
  const refusal = async (who: SessionClient, path: string, language = 'ja') => {
    const res = await fetch(`${w.t.baseUrl}${path}`, {
      headers: { 'accept-language': language, ...(who.cookie ? { cookie: who.cookie } : {}) },
    });
    return { status: res.status, body: (await res.json()) as { code: string; message: string } };
  };
  const printed = (kind: string) =>
    w.db.query(
      `SELECT actor_user_id, target_id, detail FROM audit_log WHERE action = 'assisted.paper.printed' AND detail->>'kind' = $1`,
      [kind],
    );

  it('the notice tells the officer, in 14 pt or larger, who offered, what they wrote, who they are and whom to call', async () => {
    const { file, disposition } = await download(
      w.people.centreStaff,
      `/api/assisted/groups/${group}/notice.pdf`,
      'notice.pdf',
    );
    expect(disposition).toContain(`filename*=UTF-8''${encodeURIComponent('お知らせ-黒崎四丁目町内会')}`);
    const text = flat(pagesOf(file));
    for (const expected of [
      '黒崎市民センターからのお知らせ',
      '黒崎四丁目町内会',
      NEED_TITLE,
      npoName,
      OFFER_MESSAGE,
      INTRODUCTION,
      `この申し出を受けるときは、黒崎市民センター（電話${CENTRE_PHONE}）にお電話ください。`,
      'お願いできそうな団体',
    ])
      expect(text).toContain(bare(expected));
    // The city scheme that fits, with the office's own phone; not the one that fits nothing here.
    expect(text).toContain(bare('市の制度も使えます'));
    expect(text).toContain(bare(`・${WEEDING_SCHEME.name}`));
    expect(text).toContain(bare(`（電話 ${WEEDING_SCHEME.officePhone}）`));
    expect(text).not.toContain(DEMO_SCHEMES[2]!.name);
    // The helper's contacts are not on paper before the officer accepts.
    expect(text).not.toContain('npomember@example.jp');
    const items = sizesOf(file).flat();
    expect(items.length).toBeGreaterThan(10);
    expect(Math.min(...items.map((i) => i.size))).toBeGreaterThanOrEqual(14);
    const [audit] = await printed('notice');
    expect(audit).toMatchObject({ actor_user_id: w.ids.centreStaff, target_id: group });
  });

  it('only the group’s centre and city staff print its papers: 401, 403, 404 and a group that is not assisted', async () => {
    const notice = `/api/assisted/groups/${group}/notice.pdf`;
    expect((await refusal(w.as.anonymous, notice)).status).toBe(401);
    const other = await refusal(w.people.otherCentreStaff, notice, 'en');
    expect(other).toMatchObject({ status: 403, body: { code: 'FORBIDDEN' } });
    expect(other.body.message).not.toMatch(/[ぁ-んァ-ン一-龥]/);
    expect((await refusal(w.as.npoMember, notice)).status).toBe(403);
    expect((await refusal(w.people.delegate, notice)).status).toBe(403);
    const unknown = await refusal(
      w.people.centreStaff,
      `/api/assisted/groups/${'0'.repeat(8)}-0000-0000-0000-${'0'.repeat(12)}/notice.pdf`,
    );
    expect(unknown).toMatchObject({ status: 404, body: { message: '団体が見つかりません。' } });
    expect((await refusal(w.people.centreStaff, '/api/assisted/groups/abc/notice.pdf')).status).toBe(404);
    const notAssisted = await refusal(w.as.staff, `/api/assisted/groups/${w.group}/notice.pdf`);
    expect(notAssisted.status).toBe(409);
    expect(notAssisted.body.message).toContain('代理入力の団体ではありません');
    await download(w.as.staff, notice, 'notice-by-city.pdf');
    for (const path of [
      `/api/assisted/centres/${w.centre}/kairanban.pdf`,
      `/api/assisted/centres/${w.centre}/weekly-digest.pdf`,
    ]) {
      expect((await refusal(w.as.anonymous, path)).status).toBe(401);
      expect((await refusal(w.people.otherCentreStaff, path)).status).toBe(403);
      expect((await refusal(w.as.officer, path)).status).toBe(403);
    }
    expect((await refusal(w.people.centreStaff, `/api/assisted/centres/${w.group}/kairanban.pdf`)).status).toBe(404);
    expect((await refusal(w.people.otherCentreStaff, `/api/assisted/offers/${offer}/contact-slip.pdf`)).status).toBe(
      403,
    );
    expect((await refusal(w.people.centreStaff, `/api/assisted/offers/nope/contact-slip.pdf`)).status).toBe(404);
  });

  it('the contact slip is refused before the offer is accepted, and then carries both sides’ contacts', async () => {
    const slip = `/api/assisted/offers/${offer}/contact-slip.pdf`;
    const before = await refusal(w.people.centreStaff, slip);
    expect(before).toMatchObject({ status: 409, body: { code: 'CONFLICT' } });
    expect(before.body.message).toContain('申し出を受けたあとに印刷できます');
    expect(await printed('contact-slip')).toEqual([]);

    const accepted = await w.people.centreStaff.gql(PHONE_REPLY, {
      i: { offerId: offer, answer: 'ACCEPT', takenBy: '窓口 山田' },
    });
    expect(accepted.errors).toBeUndefined();
    const { file } = await download(w.people.centreStaff, slip, 'slip.pdf');
    const pages = pagesOf(file);
    expect(pages).toHaveLength(1);
    const text = flat(pages);
    for (const expected of [
      '連絡票',
      NEED_TITLE,
      npoName,
      '担当：npoMember（メールnpomember@example.jp）',
      `役員：${OFFICER.name}`,
      `電話：${OFFICER.phone}`,
      CENTRE_PHONE,
    ])
      expect(text).toContain(bare(expected));
    expect(
      Math.min(
        ...sizesOf(file)
          .flat()
          .map((i) => i.size),
      ),
    ).toBeGreaterThanOrEqual(14);
    const [audit] = await printed('contact-slip');
    expect(audit).toMatchObject({ actor_user_id: w.ids.centreStaff, target_id: offer });
  });

  it('the 回覧板 insert is one page with the area’s open need, the centre’s phone and a QR code to the needs', async () => {
    const { file } = await download(
      w.people.centreStaff,
      `/api/assisted/centres/${w.centre}/kairanban.pdf`,
      'kairanban.pdf',
    );
    const pages = pagesOf(file);
    expect(pages).toHaveLength(1);
    const text = flat(pages);
    expect(text).toContain(bare('お手伝いしてくれる方・団体を探しています'));
    expect(text).toContain(bare(NEED_TITLE));
    expect(text).toContain(CENTRE_PHONE);
    // The other centre's ward (門司区) is not this centre's area.
    expect(text).not.toContain('門司港自治会');
    expect(qrOf(file)).toBe(`${publicUrl}/needs`);
  });

  it('the weekly digest lists the week’s new offer and the answer taken by phone, and not in another week', async () => {
    // A second helper offers: waiting for the officer's answer, so it is on the staff's to-do list.
    const [{ need }] = await w.db.query(`SELECT need_id AS need FROM offer WHERE id = $1`, [offer]);
    const waiting = await w.as.otherNpoMember.gql(OFFER, { n: need, o: w.otherNpo, m: '日曜日なら2人で行けます。' });
    expect(waiting.errors).toBeUndefined();
    const [{ name: otherName }] = await w.db.query(`SELECT name FROM npo WHERE id = $1`, [w.otherNpo]);
    const today = new Date(`${todayInJapan()}T00:00:00Z`);
    const monday = new Date(today.getTime() - ((today.getUTCDay() + 6) % 7) * 86_400_000).toISOString().slice(0, 10);
    const { file } = await download(
      w.people.centreStaff,
      `/api/assisted/centres/${w.centre}/weekly-digest.pdf?week=${monday}`,
      'digest.pdf',
    );
    const text = flat(pagesOf(file));
    expect(text).toContain(bare(`新しい申し出：${npoName}（「${NEED_TITLE}」）`));
    expect(text).toContain(bare(`電話で受けた返事：${npoName}（「${NEED_TITLE}」）を受ける`));
    expect(text).toContain(bare('募集を出した'));
    expect(text).toContain(bare(`返事待ち：${otherName}（「${NEED_TITLE}」）の申し出`));
    expect(text).toContain(bare(`${OFFICER.name}さん（電話${OFFICER.phone}）に電話して`));
    const byDefault = flat(
      pagesOf(
        (
          await download(
            w.people.centreStaff,
            `/api/assisted/centres/${w.centre}/weekly-digest.pdf`,
            'digest-default.pdf',
          )
        ).file,
      ),
    );
    expect(byDefault).toContain(bare(`新しい申し出：${npoName}`));
    const lastWeek = new Date(Date.parse(`${monday}T00:00:00Z`) - 7 * 86_400_000).toISOString().slice(0, 10);
    const earlier = flat(
      pagesOf(
        (
          await download(
            w.people.centreStaff,
            `/api/assisted/centres/${w.centre}/weekly-digest.pdf?week=${lastWeek}`,
            'digest-old.pdf',
          )
        ).file,
      ),
    );
    expect(earlier).not.toContain(bare(`新しい申し出：${npoName}`));
    expect(earlier).toContain(bare('この週の動きはありません。'));
    // The officers' phones are on it: each download is in the audit log.
    expect(await printed('weekly-digest')).toHaveLength(3);
    const twice = await refusal(
      w.people.centreStaff,
      `/api/assisted/centres/${w.centre}/weekly-digest.pdf?week=2026-12-07&week=2026-12-14`,
    );
    expect(twice.status).toBe(400);
    const bad = await refusal(
      w.people.centreStaff,
      `/api/assisted/centres/${w.centre}/weekly-digest.pdf?week=next-week`,
    );
    expect(bad).toMatchObject({ status: 400, body: { code: 'BAD_USER_INPUT' } });
  });
});
