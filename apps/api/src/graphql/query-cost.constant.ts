import type { QueryCostLimits } from '@tsunagu/shared/api-core';

/** Each of these runs a search, a ranking or a PDF plan: about as much work as 100 plain fields. */
const EXPENSIVE = 100;

/**
 * The cost limit of one GraphQL operation. 2,000 lets every operation of the web client through
 * with room to grow (the dearest, the NPO search page with its facets, costs about 850; see
 * web-client-queries.spec.ts) and refuses a dozen or so rankings or searches in one request.
 */
export const QUERY_COST_LIMITS: QueryCostLimits = {
  maxCost: 2_000,
  defaultListSize: 10,
  expensiveFields: {
    'Query.matchNposForNeed': EXPENSIVE,
    'Query.recommendedNeedsForNpo': EXPENSIVE,
    'Query.searchNpos': EXPENSIVE,
    'Query.searchNeeds': EXPENSIVE,
    'Query.dataBookPreview': EXPENSIVE,
    'Query.marcheInvitationCandidates': EXPENSIVE,
    'Mutation.generateDataBook': EXPENSIVE,
    'Mutation.autoAssignBooths': EXPENSIVE,
  },
};
