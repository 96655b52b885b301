import { HelperKind } from '../graphql/npo.model';
import { kindFilter } from './npo-search.service';

describe('kindFilter', () => {
  it('asks nothing when every kind (or none in particular) is wanted', () => {
    expect(kindFilter([])).toBeNull();
    expect(kindFilter(Object.values(HelperKind))).toBeNull();
  });

  it('keeps documents indexed before helpers had a kind when NPOs are wanted', () => {
    expect(kindFilter([HelperKind.NPO])).toBe('NOT kind IN ["COMPANY", "UNIVERSITY", "OTHER"]');
    expect(kindFilter([HelperKind.NPO, HelperKind.COMPANY])).toBe('NOT kind IN ["UNIVERSITY", "OTHER"]');
  });

  it('names the kinds when NPOs are not wanted', () => {
    expect(kindFilter([HelperKind.COMPANY, HelperKind.UNIVERSITY])).toBe('kind IN ["COMPANY", "UNIVERSITY"]');
  });
});
