import { type DocumentNode, Kind, type OperationDefinitionNode, buildSchema, parse, validate } from 'graphql';
import { QUERY_COST_REFUSAL, operationCost, queryCostRule } from './query-cost.rule';

const schema = buildSchema(`
  type Npo { id: ID! name: String! related(limit: Int = 5): [Npo!]! }
  type Match { score: Float! npo: Npo! }
  input SearchInput { query: String pageSize: Int = 20 }
  type Result { total: Int! hits: [Npo!]! }
  type Query {
    npo(id: ID!): Npo!
    npos: [Npo!]!
    matches(needId: ID!, limit: Int! = 10): [Match!]!
    search(input: SearchInput!): Result!
  }
`);
const limits = { maxCost: 1_000, defaultListSize: 10, expensiveFields: { 'Query.matches': 100 } };

const check = (query: string) =>
  validate(schema, parse(query), [queryCostRule(limits)]).map((e) => ({
    code: e.extensions['code'],
    message: e.message,
    cost: e.extensions['cost'],
  }));

const costOf = (query: string) => {
  const document: DocumentNode = parse(query);
  const operation = document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION) as OperationDefinitionNode;
  return operationCost(schema, document.definitions, operation, limits);
};

describe('GraphQL query cost', () => {
  it('lets a wide page of cheap fields through', () => {
    expect(check('{ npo(id: "1") { id name related(limit: 20) { id name related { id name } } } }')).toEqual([]);
  });

  it('refuses 130 aliased rankings in one request with a plain message', () => {
    const aliases = Array.from({ length: 130 }, (_, i) => `m${i}: matches(needId: "n") { score npo { id } }`);
    const [refusal] = check(`{ ${aliases.join(' ')} }`);
    expect(refusal).toMatchObject({ code: 'BAD_USER_INPUT', message: QUERY_COST_REFUSAL });
  });

  it('counts a list by the size asked for: its limit, a page size inside an input, or the default', () => {
    // 1 (the field) + 100 (a ranking) + items × 1 (score)
    expect(costOf('{ matches(needId: "n", limit: 1) { score } }')).toBe(1 + 100 + 1);
    expect(costOf('{ matches(needId: "n") { score } }')).toBe(1 + 100 + 10);
    // the page size of the input sizes the hits list inside the result
    expect(costOf('{ search(input: { pageSize: 500 }) { total hits { id name related { id } } } }')).toBe(
      1 + 1 + 1 + 500 * (1 + 1 + 1 + 5 * 1),
    );
    expect(costOf('{ search(input: { query: "x" }) { hits { id } } }')).toBe(1 + 1 + 20 * 1);
    expect(costOf('{ npos { id } }')).toBe(1 + 10 * 1);
  });

  it('counts fragments and a size given by a variable with its default', () => {
    const query = `query($n: Int = 200) { npos { ...f } } fragment f on Npo { related(limit: $n) { id name } }`;
    expect(costOf(query)).toBe(1 + 10 * (1 + 200 * 2));
    expect(check(query)).toMatchObject([{ code: 'BAD_USER_INPUT', cost: 4011 }]);
  });
});
