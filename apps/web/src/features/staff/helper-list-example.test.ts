import { describe, expect, it } from 'vitest';
import { HELPER_LIST_HEADINGS, helperListExampleCsv } from './helper-list-example';

describe(helperListExampleCsv.name, () => {
  it('starts with a BOM so Excel opens it as UTF-8, with the headings on the first row', () => {
    const csv = helperListExampleCsv();
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.slice(1).split('\r\n')[0]).toBe(HELPER_LIST_HEADINGS.join(','));
  });

  it('has a company and a university group, each with what it can do', () => {
    const rows = helperListExampleCsv().slice(1).trim().split('\r\n').slice(1);
    expect(rows.map((r) => r.split(',')[0])).toEqual(['企業', '大学']);
    expect(rows.every((r) => r.split(',')[5].length > 0)).toBe(true);
  });
});
