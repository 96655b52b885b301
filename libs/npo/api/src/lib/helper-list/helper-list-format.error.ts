import type { Message, MessageParams } from '@tsunagu/shared/api-core';

/** The file as a whole is not a helper list (empty, binary, no header…): nothing is read from it. */
export class HelperListFormatError extends Error {
  constructor(
    readonly reason: Message,
    readonly params: MessageParams = {},
  ) {
    super(reason.ja);
  }
}
