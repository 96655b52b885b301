import { dottedLine, heading } from './databook-lines.drawing';
import { ACCENT, type Geometry, INK, MARGIN } from './databook-geometry';
import type { DataBookOptions } from './databook-options';
import type { BookPlan } from './databook-plan';

export interface CoverFacts {
  readonly title: string;
  readonly issuer: string;
  readonly size: 'A4' | 'A5';
  readonly editionYear: number;
  readonly npos: number;
  /** companies, university groups and other helpers after the NPOs */
  readonly others?: number;
}

/** Page 1: the title, the edition and who issues the book. */
export function drawCover(doc: PDFKit.PDFDocument, g: Geometry, book: CoverFacts): void {
  doc
    .font('bold')
    .fontSize(book.size === 'A4' ? 30 : 22)
    .fillColor(ACCENT)
    .text(book.title, MARGIN, g.height * 0.3, { width: g.contentWidth, align: 'center' });
  doc
    .moveDown(0.5)
    .font('bold')
    .fontSize(18)
    .fillColor(INK)
    .text(`${book.editionYear}年版`, { width: g.contentWidth, align: 'center' });
  doc
    .moveDown(1)
    .font('regular')
    .fontSize(12)
    .text(
      `市内で活動する NPO法人 ${book.npos} 団体${book.others ? `と 企業・大学などの協力者 ${book.others} 団体` : ''}の紹介`,
      { width: g.contentWidth, align: 'center' },
    );
  doc
    .font('regular')
    .fontSize(12)
    .text(`発行：${book.issuer}`, MARGIN, g.height * 0.8, { width: g.contentWidth, align: 'center' });
}

/** The guide page: how to read the book, in plain words for residents. */
export function drawGuide(
  doc: PDFKit.PDFDocument,
  g: Geometry,
  groupBy: DataBookOptions['groupBy'],
  withOtherHelpers = false,
): void {
  heading(doc, 'この本の見かた', g);
  doc
    .font('regular')
    .fontSize(11)
    .text(
      [
        'この本は、北九州市に主な事務所がある NPO法人を、内閣府の公開データ（法人の届け出）をもとに紹介しています。',
        `団体は ${groupBy === 'field' ? '活動分野ごと' : '区ごと'} に、読みがなの順（50音順）にならんでいます。`,
        ...(withOtherHelpers
          ? [
              'NPO法人のあとの「企業・大学などの協力者」には、市が確認した 企業のチーム・大学のゼミやサークル・市民の団体を、読みがなの順にのせています。所在地は区だけをのせています。',
            ]
          : []),
        'ひとつの団体が いくつもの活動分野で活動しているときは、はじめの分野のページにのせ、ほかの分野は巻末の「さくいん」にのせています。',
        '「活動内容」は、団体が自分で書いた紹介文（印刷に同意したもの）か、届け出た「目的」です。長いものは、文の切れめで短くしています。',
        '「認定」のしるしは、寄付が税金の控除の対象になる 認定NPO法人・特例認定NPO法人です。',
        '四角いコード（QRコード）をスマートフォンで読むと、その団体のページが開きます。',
        `巻末には、${groupBy === 'field' ? '活動分野別さくいん、' : ''}区別さくいん、50音さくいんがあります。`,
      ].join('\n\n'),
      { width: g.contentWidth, lineGap: 4 },
    );
}

/** The contents: each section and index with its first page. */
export function drawContents(doc: PDFKit.PDFDocument, g: Geometry, plan: BookPlan): void {
  heading(doc, 'もくじ', g);
  const tocLines = [
    ...plan.sections.map((s) => ({ label: `${s.title}（${s.entries.length}団体）`, page: s.firstPage })),
    ...(plan.stories
      ? [{ label: `${plan.stories.title}（${plan.stories.count}件）`, page: plan.stories.firstPage }]
      : []),
    ...plan.indexes.map((i) => ({ label: i.title, page: i.firstPage })),
  ];
  const tocSize = Math.min(12, (g.contentHeight - 40) / tocLines.length / 1.6);
  for (const line of tocLines) dottedLine(doc, line.label, line.page, MARGIN, doc.y, g.contentWidth, tocSize);
}
