import { isOpenForOffers, isPublicNeed } from './open-needs';

const TODAY = '2026-05-10';
const need = (over: Partial<{ status: string; hiddenAt: Date | null; deadline: string | null }> = {}) =>
  ({ status: 'PUBLISHED', hiddenAt: null, deadline: '2026-05-10', ...over }) as Parameters<typeof isOpenForOffers>[0];

describe('open needs', () => {
  it('are published or matched, not hidden, with a deadline not passed (or none)', () => {
    expect(isOpenForOffers(need(), TODAY)).toBe(true);
    expect(isOpenForOffers(need({ status: 'MATCHED' }), TODAY)).toBe(true);
    expect(isOpenForOffers(need({ deadline: null }), TODAY)).toBe(true);
    expect(isOpenForOffers(need({ deadline: '2026-05-09' }), TODAY)).toBe(false);
    expect(isOpenForOffers(need({ hiddenAt: new Date() }), TODAY)).toBe(false);
    for (const status of ['DRAFT', 'DONE', 'CANCELLED', 'EXPIRED']) {
      expect(isOpenForOffers(need({ status }), TODAY)).toBe(false);
    }
  });

  it('are public only in a verified group; done needs stay public but take no offers', () => {
    expect(isPublicNeed(need({ status: 'DONE' }), 'VERIFIED')).toBe(true);
    expect(isPublicNeed(need(), 'PENDING')).toBe(false);
    expect(isPublicNeed(need({ hiddenAt: new Date() }), 'VERIFIED')).toBe(false);
    expect(isPublicNeed(need({ status: 'DRAFT' }), 'VERIFIED')).toBe(false);
  });
});
