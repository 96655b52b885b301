import { ErrorCode } from './error-code.constant';
import { type Message, type MessageParams, translate } from '../i18n/message-catalogue';

/**
 * What a service throws when it refuses: the contract's code, a catalogue message (with its
 * values) and the field at fault. It knows nothing of GraphQL or HTTP: each transport maps it
 * once (formatGraphqlError → `extensions.code`; HttpErrorFilter → the HTTP status) and words
 * the message in its caller's language.
 */
export class DomainError extends Error {
  override readonly name = 'DomainError';
  /** what the client is told beside the message: `code`, and `field`, `reason` … where given */
  readonly extensions: Readonly<Record<string, unknown>>;

  constructor(
    readonly code: ErrorCode,
    readonly text: Message,
    readonly params: MessageParams = {},
    extensions: Readonly<Record<string, unknown>> = {},
  ) {
    // Logs and stack traces read Japanese, as the staff who read them do.
    super(translate(text, params, 'ja'));
    this.extensions = { ...extensions, code };
  }

  get field(): string | undefined {
    const field = this.extensions['field'];
    return typeof field === 'string' ? field : undefined;
  }
}

/** The DomainError behind an error, when a transport or library has wrapped it (GraphQL does). */
export function domainErrorOf(error: unknown): DomainError | undefined {
  for (let e = error, depth = 0; e && typeof e === 'object' && depth < 5; depth++) {
    if (e instanceof DomainError) return e;
    e = (e as { originalError?: unknown }).originalError;
  }
  return undefined;
}
