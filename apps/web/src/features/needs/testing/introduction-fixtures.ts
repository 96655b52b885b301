import type { IntroductionRequestSummaryFragment } from '@tsunagu/shared/graphql-client';

/** An introduction request as the API sends it (every field the web asks for), for tests. */
export function introductionRequest(
  overrides: Partial<IntroductionRequestSummaryFragment> = {},
): IntroductionRequestSummaryFragment & { __typename: 'IntroductionRequest' } {
  return {
    __typename: 'IntroductionRequest',
    id: 'req-1',
    needId: 'need-1',
    needTitle: '防災訓練で教えてくれる講師を探しています',
    needWard: '八幡西区',
    npoId: 'npo-1',
    npoName: 'NPO法人 防災ネット北九州',
    groupName: '黒崎三丁目自治会',
    groupWard: '八幡西区',
    status: 'WAITING',
    statusLabel: '市の担当者がNPOにお伝えします',
    nextStep: 'このNPOは、まだ「つなぐ」を使っていません。市の担当者が、お手紙でお伝えします。',
    route: 'CITY',
    requestedAt: '2026-05-10T01:00:00.000Z',
    forwardedAt: null,
    remindedAt: null,
    closedAt: null,
    closeReason: null,
    offerId: null,
    ...overrides,
  };
}

/** The signed-in person of the `Me` query (or nobody), for every component that asks. */
export function meMock(query: unknown, me: { role: 'MEMBER' | 'STAFF' | 'ADMIN' } | null) {
  return {
    request: { query },
    result: {
      data: {
        me: me && { __typename: 'User', id: 'user-1', email: 'npo@example.jp', displayName: '佐藤', role: me.role },
      },
    },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}
