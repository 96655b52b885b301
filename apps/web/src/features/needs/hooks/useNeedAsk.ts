import { useMutation, useQuery } from '@apollo/client/react';
import { NpoNameDocument, RequestIntroductionDocument } from '@tsunagu/shared/graphql-client';
import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import { askParam, keepAsk, keptAsk, moveAsk, NEW_NEED } from '../need-ask';

interface Options {
  /** the need being edited (`/needs/:id/edit`, `?draft=`), if any */
  editId: string | null;
  /** the need's id once the first draft save made it */
  needId: string | null;
  /** no verified group yet: keep the ask on this device until the officer can write */
  keepForLater: boolean;
}

/**
 * The NPO the officer came to ask (「この団体に相談する」 → `/needs/new?ask=<npoId>`): its name for
 * the banner, kept through draft saves and the wait for a verified group, and asked once the
 * need is published.
 */
export function useNeedAsk({ editId, needId, keepForLater }: Options) {
  const [search, setSearch] = useSearchParams();
  const [dropped, setDropped] = useState(false);
  const npoId = dropped ? null : (askParam(search.get('ask')) ?? keptAsk(editId ?? needId ?? NEW_NEED));
  const npo = useQuery(NpoNameDocument, { variables: { id: npoId ?? '' }, skip: !npoId });
  // An id that names no NPO (an old link) asks nobody.
  const npoName = npoId ? npo.data?.npo.name : undefined;
  const [requestIntroduction] = useMutation(RequestIntroductionDocument);

  useEffect(() => {
    if (!npoId) return;
    if (needId) moveAsk(needId, npoId);
    else if (keepForLater) keepAsk(NEW_NEED, npoId);
  }, [npoId, needId, keepForLater]);

  const drop = () => {
    setDropped(true);
    keepAsk(NEW_NEED, null);
    for (const id of [editId, needId]) if (id) keepAsk(id, null);
    if (search.has('ask')) {
      const next = new URLSearchParams(search);
      next.delete('ask');
      setSearch(next, { replace: true });
    }
  };

  /** After publishing: asks the NPO; false when that failed (the need page offers to try again). */
  const askAfterPublish = async (publishedId: string): Promise<boolean> => {
    if (!npoId || !npoName) return true;
    const asked = await requestIntroduction({ variables: { needId: publishedId, npoId } }).then(
      () => true,
      () => false,
    );
    if (asked) keepAsk(publishedId, null);
    return asked;
  };

  return { npoId: npoName ? npoId : null, npoName, drop, askAfterPublish };
}
