import type { PaperContent } from './paper-content';
import { type DigestGroup, type DigestOffer, weeklyDigestContent } from './weekly-digest-content';

const centre = { name: '黒崎市民センター', phone: '093-600-0000' };
const inWeek = new Date('2026-12-02T03:00:00Z');
const before = new Date('2026-11-27T03:00:00Z');
const offer = (fields: Partial<DigestOffer>): DigestOffer => ({
  npoName: '草刈りの会',
  status: 'PENDING',
  createdAt: inWeek,
  decidedAt: null,
  answeredByPhone: false,
  messages: [],
  ...fields,
});
const group = (offers: DigestOffer[], needFields: Partial<DigestGroup['needs'][number]> = {}): DigestGroup => ({
  name: '黒崎四丁目町内会',
  assisted: true,
  officerName: '田中 とし子',
  officerPhone: '093-641-0000',
  needs: [{ title: '草刈り', status: 'PUBLISHED', publishedAt: before, closedAt: null, offers, ...needFields }],
});
const lines = (content: PaperContent) => content.blocks.flatMap((b) => b.lines.map((l) => l.text));

describe('the weekly digest', () => {
  it('counts as new only what happened from Monday 0:00 to Sunday night in Japan', () => {
    const content = weeklyDigestContent(
      centre,
      [group([offer({ npoName: '今週の会' }), offer({ npoName: '先週の会', createdAt: before, status: 'DECLINED' })])],
      '2026-11-30',
      new Date(),
    );
    const text = lines(content);
    expect(text).toContain('新しい申し出：今週の会（「草刈り」）（12月2日）');
    expect(text.join()).not.toContain('新しい申し出：先週の会');
    expect(text.join()).not.toContain('募集を出した');
    expect(content.blocks[0].heading).toBe('黒崎四丁目町内会（代理入力）');
  });

  it('lists answers and messages taken by phone, helpers’ messages, needs posted and closed', () => {
    const content = weeklyDigestContent(
      centre,
      [
        group(
          [
            offer({
              status: 'ACCEPTED',
              createdAt: before,
              decidedAt: inWeek,
              answeredByPhone: true,
              messages: [
                { createdAt: inWeek, fromHelper: true, byPhone: false },
                { createdAt: inWeek, fromHelper: true, byPhone: false },
                { createdAt: inWeek, fromHelper: false, byPhone: true },
                { createdAt: before, fromHelper: true, byPhone: false },
              ],
            }),
          ],
          { status: 'DONE', publishedAt: inWeek, closedAt: inWeek },
        ),
      ],
      '2026-11-30',
      new Date(),
    );
    expect(lines(content)).toEqual([
      '募集を出した：「草刈り」（12月2日）',
      '募集を閉じた：「草刈り」（12月2日）',
      '電話で受けた返事：草刈りの会（「草刈り」）を受ける（12月2日）',
      '支援者からのメッセージ：草刈りの会（「草刈り」） 2件',
      '電話で受けた伝言：草刈りの会（「草刈り」） 1件',
    ]);
  });

  it('puts every offer still waiting on the to-do list, however old, with the officer’s phone', () => {
    const text = lines(weeklyDigestContent(centre, [group([offer({ createdAt: before })])], '2026-11-30', new Date()));
    expect(text).toEqual([
      'この週の動きはありません。',
      'やること',
      '返事待ち：草刈りの会（「草刈り」）の申し出（11月27日から）',
      '→ 田中 とし子さん（電話 093-641-0000）に電話して、返事を聞いてください。',
    ]);
  });
});
