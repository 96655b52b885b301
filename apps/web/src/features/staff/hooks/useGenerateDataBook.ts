import { useMutation } from '@apollo/client/react';
import { DataBookJobFieldsFragmentDoc, GenerateDataBookDocument } from '@tsunagu/shared/graphql-client';
import { prependToCachedList } from '../../../shared/prepend-to-cached-list';

/** Starts a data book; the new job goes to the top of the cached list of books made. */
export function useGenerateDataBook() {
  return useMutation(GenerateDataBookDocument, {
    update: (cache, { data }) =>
      prependToCachedList(cache, 'dataBookJobs', DataBookJobFieldsFragmentDoc, data?.generateDataBook),
  });
}
