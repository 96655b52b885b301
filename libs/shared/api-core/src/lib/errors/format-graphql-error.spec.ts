import { formatGraphqlError } from './format-graphql-error';

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
