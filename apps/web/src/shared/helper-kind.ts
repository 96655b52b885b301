import type { TFunction } from 'i18next';
import type { HelperKind } from '@tsunagu/shared/graphql-client';

/** What kind of helper this is, in the reader's language: 企業 / Company. */
export function helperKindLabel(kind: HelperKind, t: TFunction): string {
  return t(`helperKind.${kind}`);
}
