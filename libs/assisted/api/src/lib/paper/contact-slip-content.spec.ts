import { type ContactSlipRecords, contactSlipContent } from './contact-slip-content';

const records: ContactSlipRecords = {
  needTitle: '草刈り',
  groupName: '黒崎四丁目町内会',
  officerName: '田中 とし子',
  officerPhone: '093-641-0000',
  npoName: '草刈りの会',
  npoPeople: [{ name: '山田 花子', email: 'yamada@example.jp' }],
  npoContact: '電話 093-111-2222（平日10時〜17時）',
  acceptedAt: new Date('2026-12-02T03:00:00Z'),
  centre: { name: '黒崎市民センター', phone: '093-600-0000' },
  printedAt: new Date('2026-12-03T01:00:00Z'),
};
const text = (r: ContactSlipRecords) =>
  contactSlipContent(r)
    .blocks.flatMap((b) => [b.heading ?? '', ...b.lines.map((l) => l.text)])
    .join('\n');

describe('the contact slip of an accepted offer', () => {
  it('gives both sides’ contacts and what to do next', () => {
    const content = contactSlipContent(records);
    expect(content.intro).toContain('募集「草刈り」の申し出を2026年12月2日に受けました。');
    expect(text(records)).toContain(
      '草刈りの会\n担当：山田 花子（メール yamada@example.jp）\n連絡先：電話 093-111-2222（平日10時〜17時）',
    );
    expect(text(records)).toContain('黒崎四丁目町内会\n役員：田中 とし子\n電話：093-641-0000');
    expect(text(records)).toContain('黒崎市民センター（電話 093-600-0000）にお電話ください。');
  });

  it('sends the officer to the centre when the helper left no way to reach it', () => {
    const bare = text({ ...records, npoPeople: [], npoContact: null, officerPhone: null });
    expect(bare).toContain('連絡先は黒崎市民センターにお問い合わせください。');
    expect(bare).toContain('電話：（登録なし）');
  });
});
