import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { DataBookService } from '@tsunagu/databook/api';
import { NpoImportService } from '@tsunagu/npo/api';
import { type TestApp, startTestApp } from '../test-services';

const FIXTURE = join(__dirname, '../../../../libs/matching/api/eval/kitakyushu-npos-sample.zip');
const COMPANY = '株式会社とばたウェブ工房';
const UNIVERSITY = '北九州市立大学 地域創生学群 広報デザインゼミ';
const PENDING = '若松ITボランティアの会';

type Page = string[][];

/** The text of each page (pdf.js, in a Node process of its own: it is an ES module). */
function pagesOf(pdf: string): Page[] {
  return JSON.parse(
    execFileSync(process.execPath, [join(__dirname, 'pdf-text.mjs'), pdf], {
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
    }),
  ) as Page[];
}
const textOf = (pages: readonly Page[]) => pages.map((p) => p.map((cells) => cells.join(' ')).join('\n')).join('\n');

/**
 * The data book with 「企業・大学などの協力者も載せる」: after the NPOs, a section of the city's
 * verified companies and university groups, in the contents; without it, no company at all.
 */
describe('data book: companies, universities and other helpers', () => {
  let t: TestApp;
  const dir = mkdtempSync(join(tmpdir(), 'databook-helpers-'));
  const options = { groupBy: 'field' as const, editionYear: 2026, wards: ['戸畑区', '小倉南区', '若松区'] };

  beforeAll(async () => {
    t = await startTestApp();
    await t.app
      .get(NpoImportService)
      .importFile({ filePath: FIXTURE, fileName: 'sample.zip', source: 'CLI', startedBy: 'test' });
    const db = t.app.get(DataSource);
    const rows: Array<{ id: string; name: string }> = await db.query(
      `INSERT INTO npo (kind, name, city, ward, address, representative, purpose, fields, status)
       VALUES ('COMPANY', $1, '北九州市', '戸畑区', '北九州市戸畑区中本町9-9', '戸畑 太郎',
               '自治会・町内会のホームページづくり、LINE公式アカウントでのお知らせの出し方を手伝います。', '{14,3}', 'ACTIVE'),
              ('UNIVERSITY', $2, '北九州市', '小倉南区', NULL, NULL,
               '学生が町内会と一緒にホームページ・SNS・チラシをつくります。', '{14,2,3}', 'ACTIVE'),
              ('OTHER', $3, '北九州市', '若松区', NULL, NULL, 'パソコン相談', '{14}', 'PENDING_REVIEW')
       RETURNING id, name`,
      [COMPANY, UNIVERSITY, PENDING],
    );
    const id = (name: string) => rows.find((r) => r.name === name)!.id;
    // The company agreed to print its contact, the university group did not: only the first is printed.
    await db.query(
      `INSERT INTO npo_profile (npo_id, contact_for_groups, print_consent)
       VALUES ($1, 'とばたウェブ工房 窓口 093-000-1111', true), ($2, '広報デザインゼミ 090-0000-2222', false)`,
      [id(COMPANY), id(UNIVERSITY)],
    );
  });
  afterAll(async () => {
    await t?.close();
  });

  it('with the option: a section after the NPOs, in the contents, with the kind and the contact as agreed', async () => {
    const pdf = join(dir, 'with.pdf');
    const result = await t.app
      .get(DataBookService)
      .generate({ ...options, includeOtherHelpers: true, withContacts: true }, pdf);
    const pages = pagesOf(pdf);
    expect(pages).toHaveLength(result.pages);
    const toc = pages[2].flatMap((cells) =>
      cells.length === 2 && /^\d+$/.test(cells[1]) ? [{ label: cells[0], page: Number(cells[1]) }] : [],
    );
    const section = toc.find((l) => l.label.startsWith('企業・大学などの協力者'));
    expect(section?.label).toBe('企業・大学などの協力者（2団体）');
    // after every NPO section, before the indexes
    const sections = toc.filter((l) => !l.label.endsWith('さくいん'));
    expect(sections.at(-1)).toEqual(section);
    const helperPages = pages.slice(section!.page - 1, toc.find((l) => l.label.endsWith('さくいん'))!.page - 1);
    const text = textOf(helperPages);
    expect(text).toContain('■ 企業・大学などの協力者');
    expect(text).toContain(COMPANY);
    expect(text).toContain(UNIVERSITY);
    expect(text).toContain('種類：企業');
    expect(text).toContain('種類：大学のゼミ・サークル');
    expect(text).toContain('連絡先：とばたウェブ工房 窓口 093-000-1111');
    // no consent, no contact; the address and representative it told the city stay out
    expect(text).not.toContain('090-0000-2222');
    expect(text).not.toContain('中本町');
    expect(text).not.toContain('戸畑 太郎');
    // a helper staff have not verified is never printed
    expect(textOf(pages)).not.toContain(PENDING);
    expect(textOf(pages.slice(0, 1))).toContain('企業・大学などの協力者 2 団体');
  });

  it('without the option: NPOs only, as before', async () => {
    const pdf = join(dir, 'without.pdf');
    await t.app.get(DataBookService).generate({ ...options, withContacts: true }, pdf);
    const text = textOf(pagesOf(pdf));
    expect(text).not.toContain(COMPANY);
    expect(text).not.toContain(UNIVERSITY);
    expect(text).not.toContain('企業・大学などの協力者');
  });
});
