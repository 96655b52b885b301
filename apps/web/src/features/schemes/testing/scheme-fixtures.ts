import type { StaffSupportSchemeFieldsFragment } from '@tsunagu/shared/graphql-client';

/** A scheme as the API answers it (with __typename, which the cache normalises by). */
export function aScheme(
  patch: Partial<StaffSupportSchemeFieldsFragment> = {},
): StaffSupportSchemeFieldsFragment & { __typename: 'SupportScheme' } {
  return {
    __typename: 'SupportScheme',
    id: 'scheme-1',
    name: '課題解決型地域づくり事業',
    summary: '自治会の困りごとを解決する事業を、市が支えます。',
    eligibility: '市内の自治会・町内会',
    howToApply: '申込書を地域振興課に出してください。',
    officeName: '北九州市 地域・人づくり部 地域振興課',
    officePhone: '093-000-2150',
    officeUrl: 'https://www.city.kitakyushu.lg.jp/',
    keywords: null,
    concepts: ['publicity-online'],
    fields: [3],
    active: true,
    updatedAt: '2026-12-01T01:00:00.000Z',
    ...patch,
  };
}

/** The public fragment only: what /schemes and the suggestions ask for. */
export function aPublicScheme(patch: Partial<StaffSupportSchemeFieldsFragment> = {}) {
  const { keywords: _k, concepts: _c, fields: _f, active: _a, updatedAt: _u, ...rest } = aScheme(patch);
  return rest;
}
