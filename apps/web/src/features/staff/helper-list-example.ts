/** The headings a list of helpers has, in the order of the example (any order is read). */
export const HELPER_LIST_HEADINGS = [
  '種別',
  '名称',
  'よみがな',
  '区',
  '住所',
  'できること',
  '分野',
  '法人番号',
  'ウェブサイト',
  '備考',
] as const;

const EXAMPLE_ROWS: ReadonlyArray<readonly string[]> = [
  [
    '企業',
    '株式会社とばたウェブ工房',
    'とばたうぇぶこうぼう',
    '戸畑区',
    '',
    '自治会・町内会のホームページづくり、LINE公式アカウントやSNSでのお知らせの出し方を教えて手伝います',
    '情報化・まちづくり',
    '',
    'https://example.jp',
    '2023年度 自治会応援事業者表彰',
  ],
  [
    '大学',
    '九州共立大学 地域創造学科 まちづくりサークル',
    '',
    '八幡西区',
    '',
    '夏祭り・清掃・子どもの行事の手伝い',
    'まちづくり・子ども',
    '',
    '',
    '',
  ],
];

function csvCell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** The example list as Excel opens it in Japan: UTF-8 with a BOM, CRLF line ends. */
export function helperListExampleCsv(): string {
  const lines = [HELPER_LIST_HEADINGS, ...EXAMPLE_ROWS].map((row) => row.map(csvCell).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
