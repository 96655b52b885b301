import { useMutation } from '@apollo/client/react';
import { OutreachGenerateLettersDocument, OutreachLetterJobFieldsFragmentDoc } from '@tsunagu/shared/graphql-client';
import { prependToCachedList } from '../../../shared/prepend-to-cached-list';

/** Starts a run of letters; the new job goes to the top of the cached list of runs. */
export function useGenerateLetters() {
  return useMutation(OutreachGenerateLettersDocument, {
    update: (cache, { data }) =>
      prependToCachedList(
        cache,
        'invitationLetterJobs',
        OutreachLetterJobFieldsFragmentDoc,
        data?.generateInvitationLetters,
      ),
  });
}
