import { KITAKYUSHU_WARDS, KITAKYUSHU_WARD_BORDERS, isKitakyushuWard, wardsBorder } from './kitakyushu-wards.constant';
import { ACTIVITY_FIELDS, activityFieldById } from './activity-fields.constant';

describe('Kitakyushu wards', () => {
  it('lists the seven wards and recognises only them', () => {
    expect(KITAKYUSHU_WARDS).toHaveLength(7);
    expect(isKitakyushuWard('八幡西区')).toBe(true);
    expect(isKitakyushuWard('博多区')).toBe(false);
  });

  it('has symmetric borders, so "bordering ward" ranks the same from either side', () => {
    for (const ward of KITAKYUSHU_WARDS) {
      for (const neighbour of KITAKYUSHU_WARD_BORDERS[ward]) {
        expect(wardsBorder(neighbour, ward)).toBe(true);
      }
      expect(wardsBorder(ward, ward)).toBe(false);
    }
  });
});

describe('Activity fields', () => {
  it('keeps the statutory order of the open data columns', () => {
    expect(ACTIVITY_FIELDS.map((f) => f.id)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect(activityFieldById(13)?.labelJa).toBe('子ども');
    expect(activityFieldById(21)).toBeUndefined();
  });
});
