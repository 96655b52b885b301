import { DomainError } from './domain-error';
import { ErrorCode } from './error-code.constant';
import { defineMessages } from '../i18n/message-catalogue';
import { runInLanguage } from '../i18n/request-language';
import { formatGraphqlError, graphqlErrorFormatter } from './format-graphql-error';

describe('formatGraphqlError', () => {
  it('keeps contract errors with their code and drops the stack trace', () => {
    const out = formatGraphqlError({
      message: 'NPOが見つかりません',
      extensions: { code: 'NOT_FOUND', stacktrace: ['at x'] },
    });
    expect(out).toEqual({ message: 'NPOが見つかりません', extensions: { code: 'NOT_FOUND' } });
  });

  it('hides internal errors such as SQL failures behind a generic message', () => {
    const out = formatGraphqlError({
      message: 'relation "npo" does not exist',
      extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['QueryFailedError: relation "npo"'] },
    });
    expect(JSON.stringify(out)).not.toContain('relation');
    expect(out.extensions?.['code']).toBe('INTERNAL_SERVER_ERROR');
  });
});

describe('formatGraphqlError in production', () => {
  const production = graphqlErrorFormatter({ hideSuggestions: true });

  it('does not reveal field names through "Did you mean" suggestions', () => {
    const out = production(
      {
        message: 'Cannot query field "auditLo" on type "Query". Did you mean "auditLog" or "myPersonalData"?',
        extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
      },
      undefined,
    );
    expect(out.message).toBe('Cannot query field "auditLo" on type "Query".');
    expect(out.extensions?.['code']).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('keeps suggestions outside production, where they help developers', () => {
    const out = graphqlErrorFormatter({ hideSuggestions: false })(
      {
        message: 'Cannot query field "auditLo" on type "Query". Did you mean "auditLog"?',
        extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
      },
      undefined,
    );
    expect(out.message).toContain('Did you mean "auditLog"?');
  });
});

describe('formatGraphqlError and malformed values PostgreSQL refuses', () => {
  const internal = {
    message: 'invalid input syntax for type uuid: "x"',
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };

  it.each([
    ['a malformed uuid (22P02)', '22P02'],
    ['a NUL character in text (22021)', '22021'],
  ])('answers BAD_USER_INPUT for %s, without the SQL message', (_case, code) => {
    const queryFailed = Object.assign(new Error('invalid input syntax for type uuid: "x"'), {
      code,
      driverError: { code },
    });
    const out = formatGraphqlError(internal, { originalError: queryFailed });
    expect(out.extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(out)).not.toContain('uuid');
  });

  it('keeps other database failures internal', () => {
    const out = formatGraphqlError(internal, { originalError: Object.assign(new Error('x'), { code: '42P01' }) });
    expect(out.extensions?.['code']).toBe('INTERNAL_SERVER_ERROR');
  });
});

describe('formatGraphqlError and our validation rules', () => {
  it("answers the contract code a rule refused with, not Apollo's GRAPHQL_VALIDATION_FAILED", () => {
    const rule = {
      message: '一度に頼む内容が多すぎます。分けて送ってください。',
      extensions: { code: 'BAD_USER_INPUT' },
    };
    const out = formatGraphqlError(
      { message: rule.message, extensions: { code: 'GRAPHQL_VALIDATION_FAILED', cost: 13_000 } },
      { originalError: rule },
    );
    expect(out.extensions).toEqual({ code: 'BAD_USER_INPUT', cost: 13_000 });
  });
});

describe('formatGraphqlError and domain errors', () => {
  const messages = defineMessages('test-format', {
    closed: { ja: 'この募集は終わっています。', en: 'This need is closed.' },
  });
  const wrapped = (error: unknown) => ({ originalError: error });

  it("words a service's refusal in the caller's language with its contract code and field", () => {
    const refusal = new DomainError(ErrorCode.CONFLICT, messages.closed, {}, { field: 'status' });
    const generic = { message: refusal.message, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
    expect(runInLanguage('en', () => formatGraphqlError(generic, wrapped(refusal)))).toEqual({
      message: 'This need is closed.',
      extensions: { code: 'CONFLICT', field: 'status' },
    });
    expect(formatGraphqlError(generic, wrapped(refusal)).message).toBe('この募集は終わっています。');
  });

  it("answers an unexpected failure in the caller's language only", () => {
    const out = runInLanguage('en', () =>
      formatGraphqlError({ message: 'boom', extensions: { code: 'INTERNAL_SERVER_ERROR' } }, new Error('boom')),
    );
    expect(out.message).toBe('Something went wrong on the server. Please try again later.');
  });
});
