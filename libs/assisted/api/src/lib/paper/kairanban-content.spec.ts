import { fitNeeds, kairanbanContent } from './kairanban-content';

const need = (n: number) => ({
  title: `募集${n}`,
  groupName: `町内会${n}`,
  publishedAt: new Date(Date.UTC(2026, 10, n)),
});
const centre = { name: '黒崎市民センター', phone: '093-600-0000' };

describe('the 回覧板 insert', () => {
  it('prints every need when they fit, newest first', () => {
    const { shown, left } = fitNeeds([need(1), need(3), need(2)], 3);
    expect(shown.map((n) => n.title)).toEqual(['募集3', '募集2', '募集1']);
    expect(left).toBe(0);
  });

  it('prints the newest that fit and gives the last line to 「ほか○件」', () => {
    const needs = Array.from({ length: 12 }, (_, i) => need(i + 1));
    const content = kairanbanContent(centre, needs, 8, 'https://tsunagu.example.jp', new Date());
    expect(content.needs).toHaveLength(7);
    expect(content.needs[0]).toBe('募集12（町内会12）');
    expect(content.more).toBe('ほか5件');
  });

  it('says so when there is no need, and always carries the QR address and whom to call', () => {
    const content = kairanbanContent(centre, [], 8, 'https://tsunagu.example.jp', new Date());
    expect(content.needs).toEqual([]);
    expect(content.more).toBeNull();
    expect(content.lead).toContain('いまは、この地域の募集はありません');
    expect(content.qrUrl).toBe('https://tsunagu.example.jp/needs');
    expect(content.contact).toContain('黒崎市民センター（電話 093-600-0000）');
  });

  it('names the area’s good example with the group and its helper, and nothing when there is none', () => {
    const story = { title: '夏休みの子ども食堂', groupName: '黒崎三丁目自治会', helperName: 'くろさき子ども食堂の会' };
    const content = kairanbanContent(centre, [need(1)], 8, 'https://tsunagu.example.jp', new Date(), story);
    expect(content.story?.heading).toBe('地域の好事例');
    expect(content.story?.text).toContain('「夏休みの子ども食堂」（黒崎三丁目自治会とくろさき子ども食堂の会）');
    expect(kairanbanContent(centre, [need(1)], 8, 'https://tsunagu.example.jp', new Date()).story).toBeNull();
  });
});
