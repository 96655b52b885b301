import type { Reference } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { DataBookJobFieldsFragmentDoc, GenerateDataBookDocument } from '@tsunagu/shared/graphql-client';

/** Starts a data book; the new job goes to the top of the cached list of books made. */
export function useGenerateDataBook() {
  return useMutation(GenerateDataBookDocument, {
    update(cache, { data }) {
      const job = data?.generateDataBook;
      if (!job) return;
      cache.modify<{ dataBookJobs: readonly Reference[] }>({
        fields: {
          dataBookJobs: (existing, { readField }) => {
            const ref = cache.writeFragment({ fragment: DataBookJobFieldsFragmentDoc, data: job });
            if (!ref) return existing;
            return [ref, ...existing.filter((r) => readField('id', r) !== job.id)];
          },
        },
      });
    },
  });
}
