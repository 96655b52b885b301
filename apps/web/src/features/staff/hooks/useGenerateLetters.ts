import type { Reference } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { OutreachGenerateLettersDocument, OutreachLetterJobFieldsFragmentDoc } from '@tsunagu/shared/graphql-client';

/** Starts a run of letters; the new job goes to the top of the cached list of runs. */
export function useGenerateLetters() {
  return useMutation(OutreachGenerateLettersDocument, {
    update(cache, { data }) {
      const job = data?.generateInvitationLetters;
      if (!job) return;
      cache.modify<{ invitationLetterJobs: readonly Reference[] }>({
        fields: {
          invitationLetterJobs: (existing, { readField }) => {
            const ref = cache.writeFragment({ fragment: OutreachLetterJobFieldsFragmentDoc, data: job });
            if (!ref) return existing;
            return [ref, ...existing.filter((r) => readField('id', r) !== job.id)];
          },
        },
      });
    },
  });
}
