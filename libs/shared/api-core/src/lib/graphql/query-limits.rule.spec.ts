import { buildSchema, parse, validate } from 'graphql';
import { queryLimitsRule } from './query-limits.rule';

const schema = buildSchema(`
  type Npo { id: ID! name: String! related: [Npo!]! }
  type Query { npo: Npo! }
`);

const check = (query: string) =>
  validate(schema, parse(query), [queryLimitsRule({ maxDepth: 4 })]).map((e) => e.extensions['code']);

describe('GraphQL query limits', () => {
  it('lets ordinary queries through', () => {
    expect(check('{ npo { id name related { id name } } }')).toEqual([]);
  });

  it('refuses a query nested deeper than allowed, also through fragments', () => {
    expect(check('{ npo { related { related { related { related { id } } } } } }')).toEqual(['BAD_USER_INPUT']);
    expect(check('{ npo { ...a } } fragment a on Npo { related { related { related { related { id } } } } }')).toEqual([
      'BAD_USER_INPUT',
    ]);
  });
});
