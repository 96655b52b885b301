import { noticeContent } from './notice-content';
import type { PaperContent } from './paper-content';

const centre = { name: '黒崎市民センター', phone: '093-600-0000' };
const text = (content: PaperContent) =>
  content.blocks.flatMap((b) => [b.heading ?? '', ...b.lines.map((l) => l.text)]).join('\n');
const suggestion = (n: number) => ({
  npoName: `団体${n}`,
  reasons: ['「清掃」に取り組んでいます'],
  introduction: null,
});

describe('the notice of an assisted group', () => {
  it('tells, for an offer, who offered and what they said, and to call the centre to accept it', () => {
    const content = noticeContent({
      groupName: '黒崎四丁目町内会',
      officerName: '田中 とし子',
      centre,
      printedAt: new Date('2026-12-03T01:00:00Z'),
      needs: [
        {
          title: '草刈り',
          offers: [{ npoName: '草刈りの会', message: '4人で\n伺えます。', introduction: '清掃をしています。' }],
          suggestions: [],
          schemes: [],
        },
      ],
    });
    expect(content.from).toBe('黒崎市民センターからのお知らせ');
    expect(content.printedOn).toBe('2026年12月3日 印刷');
    expect(text(content)).toContain(
      '1. 草刈りの会\n申し出のことば：「4人で 伺えます。」\nどんな団体か：清掃をしています。',
    );
    expect(text(content)).toContain(
      'この申し出を受けるときは、黒崎市民センター（電話 093-600-0000）にお電話ください。',
    );
    expect(text(content)).not.toContain('お願いできそうな団体');
  });

  it('suggests at most three helpers, each with why', () => {
    const content = noticeContent({
      groupName: 'G',
      officerName: null,
      centre,
      printedAt: new Date(),
      needs: [{ title: '草刈り', offers: [], suggestions: [1, 2, 3, 4].map(suggestion), schemes: [] }],
    });
    expect(text(content)).toContain('まだ申し出はありません。');
    expect(text(content)).toContain('・団体3\nおすすめの理由：「清掃」に取り組んでいます');
    expect(text(content)).not.toContain('団体4');
    expect(content.blocks.filter((b) => b.heading === 'お願いできそうな団体')).toHaveLength(1);
  });

  it('adds 「市の制度も使えます」 with each fitting scheme, short, and the office’s phone', () => {
    const content = noticeContent({
      groupName: 'G',
      officerName: null,
      centre,
      printedAt: new Date(),
      needs: [
        {
          title: 'お知らせをホームページで',
          offers: [],
          suggestions: [],
          schemes: [
            {
              name: '課題解決型地域づくり事業',
              summary: '自治会の事業を市が支えます。'.repeat(10),
              officeName: '地域振興課',
              officePhone: '093-000-2150',
            },
          ],
        },
      ],
    });
    expect(content.blocks.filter((b) => b.heading === '市の制度も使えます')).toHaveLength(1);
    expect(text(content)).toContain('・課題解決型地域づくり事業\nどんな制度か：自治会の事業を市が支えます。');
    expect(text(content)).toContain('問い合わせ：地域振興課（電話 093-000-2150）');
    expect(text(content)).toMatch(/どんな制度か：.{79}…/);
  });

  it('says so when the group has no open need', () => {
    const content = noticeContent({ groupName: 'G', officerName: null, centre, printedAt: new Date(), needs: [] });
    expect(text(content)).toContain('いま出している募集はありません。');
    expect(content.footer).toBe('わからないことは、黒崎市民センター（電話 093-600-0000）へ。');
  });
});
