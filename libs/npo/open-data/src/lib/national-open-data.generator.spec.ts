import { isKitakyushuWard } from '@tsunagu/shared/util';
import { parseAddress } from './address.parser';
import { generateNationalOpenDataRows } from './national-open-data.generator';
import { OPEN_DATA_COLUMN as C } from './open-data-columns.constant';

describe('national open data generator (benchmarks)', () => {
  const rows = generateNationalOpenDataRows({ count: 3_000, kitakyushuCount: 350, seed: 5 });

  it('spreads rows over many authorities, Kitakyushu among them', () => {
    expect(rows).toHaveLength(3_000);
    expect(rows.every((r) => r.length === 60)).toBe(true);
    const authorities = new Set(rows.map((r) => r[C.jurisdiction]));
    expect(authorities.size).toBeGreaterThan(40);
    expect(rows.filter((r) => r[C.jurisdiction] === '北九州市')).toHaveLength(350);
  });

  it("puts each address in its authority's prefecture or city, and Kitakyushu rows in its wards", () => {
    for (const row of rows.filter((r) => r[C.mainOfficeAddress])) {
      const address = parseAddress(row[C.mainOfficeAddress], row[C.jurisdiction]);
      if (row[C.jurisdiction] === '北九州市') expect(isKitakyushuWard(address.ward ?? '')).toBe(true);
      else expect(address.city).not.toBe('北九州市');
      expect(address.prefecture).toBeTruthy();
    }
  });

  it('is deterministic', () => {
    expect(generateNationalOpenDataRows({ count: 3_000, kitakyushuCount: 350, seed: 5 })).toEqual(rows);
  });
});
