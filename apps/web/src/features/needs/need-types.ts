import type { NeedQuery } from '@tsunagu/shared/graphql-client';

/** A need as its page loads it (with its offers). */
export type Need = NonNullable<NeedQuery['need']>;

export const isOpenNeed = (need: Pick<Need, 'status'>) => need.status === 'PUBLISHED' || need.status === 'MATCHED';
