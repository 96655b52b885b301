import { kairanbanContent } from './kairanban-content';
import { KAIRANBAN_SLOTS, drawKairanban, kairanbanSlots } from './kairanban.drawing';
import { paperDocument } from './paper-document';

describe('the 回覧板 drawing', () => {
  it('stays on one page however many and however long the needs are', async () => {
    const needs = Array.from({ length: 40 }, (_, i) => ({
      title: `集会所のまわりの草刈りと、夏祭りのやぐら組みと、敬老会の受付を手伝ってくれる方を探しています ${i}`,
      groupName: `黒崎${i}丁目町内会`,
      publishedAt: new Date(Date.UTC(2026, 10, 1, i)),
    }));
    const content = kairanbanContent(
      { name: '黒崎市民センター', phone: '093-600-0000' },
      needs,
      KAIRANBAN_SLOTS,
      'https://x.example',
      new Date(),
    );
    expect(KAIRANBAN_SLOTS).toBeGreaterThanOrEqual(6);
    expect(content.more).toBe(`ほか${40 - (KAIRANBAN_SLOTS - 1)}件`);
    const doc = paperDocument({ title: '回覧板', author: 'test' }, 0);
    let pages = 0;
    doc.on('pageAdded', () => (pages += 1));
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    const ended = new Promise((resolve) => doc.on('end', resolve));
    drawKairanban(doc, content);
    doc.end();
    await ended;
    expect(pages).toBe(1);
    expect(Buffer.concat(chunks).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('makes room for the area’s good example and still stays on one page', async () => {
    const needs = Array.from({ length: 40 }, (_, i) => ({
      title: `集会所のまわりの草刈りと、夏祭りのやぐら組みと、敬老会の受付を手伝ってくれる方を探しています ${i}`,
      groupName: `黒崎${i}丁目町内会`,
      publishedAt: new Date(Date.UTC(2026, 10, 1, i)),
    }));
    const slots = kairanbanSlots(true);
    expect(slots).toBeLessThan(KAIRANBAN_SLOTS);
    expect(slots).toBeGreaterThanOrEqual(5);
    const content = kairanbanContent(
      { name: '黒崎市民センター', phone: '093-600-0000' },
      needs,
      slots,
      'https://x.example',
      new Date(),
      {
        title: 'お年寄りがLINEで孫に写真を送れるようになったスマホ教室、三か月の記録とこれからの予定について',
        groupName: '門司港まちづくり協議会',
        helperName: 'NPO法人 スマホのせんせい',
      },
    );
    const doc = paperDocument({ title: '回覧板', author: 'test' }, 0);
    let pages = 0;
    doc.on('pageAdded', () => (pages += 1));
    const ended = new Promise((resolve) => doc.on('end', resolve));
    doc.on('data', () => undefined);
    drawKairanban(doc, content);
    doc.end();
    await ended;
    expect(pages).toBe(1);
  });
});
