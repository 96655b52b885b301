import { useQuery } from '@apollo/client/react';
import { NeedIntroductionsDocument, type IntroductionRequestSummaryFragment } from '@tsunagu/shared/graphql-client';

export type IntroductionRequest = IntroductionRequestSummaryFragment;

/**
 * The NPOs a group asked for on its need, in the order it asked them, and the latest request
 * per NPO (an NPO may be asked again after a request closed). If they cannot be loaded the page
 * still works: the suggestions then show their buttons and the server refuses a second request.
 */
export function useNeedIntroductions(needId: string, skip: boolean) {
  const { data } = useQuery(NeedIntroductionsDocument, { variables: { needId }, skip });
  const requests = [...(data?.needIntroductions ?? [])].sort((a, b) => a.requestedAt.localeCompare(b.requestedAt));
  const byNpo = new Map<string, IntroductionRequest>(requests.map((r) => [r.npoId, r]));
  return { requests, byNpo };
}
