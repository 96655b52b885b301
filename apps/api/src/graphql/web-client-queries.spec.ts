import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Kind, buildSchema, parse, validate } from 'graphql';
import { operationCost, queryCostRule } from '@tsunagu/shared/api-core';
import { QUERY_COST_LIMITS } from './query-cost.constant';

const root = join(__dirname, '../../../..');
const schema = buildSchema(readFileSync(join(root, 'apps/api/schema.gql'), 'utf8'));

function graphqlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? graphqlFiles(join(dir, entry.name))
      : entry.name.endsWith('.graphql')
        ? [join(dir, entry.name)]
        : [],
  );
}

// Fragments are shared across files, as codegen sees them: one document of everything. The
// operations live beside the pages that use them (codegen.yml: apps/web/src/**/*.graphql).
const document = parse(
  graphqlFiles(join(root, 'apps/web/src'))
    .map((file) => readFileSync(file, 'utf8'))
    .join('\n'),
);

describe('the query cost limit and the web client', () => {
  const operations = document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);

  it('finds the web client operations', () => {
    expect(operations.length).toBeGreaterThan(20);
  });

  it.each(operations.map((o) => [o.name?.value ?? '(anonymous)', o] as const))(
    'lets the web client operation %s through the cost limit',
    (_name, operation) => {
      const cost = operationCost(schema, document.definitions, operation, QUERY_COST_LIMITS);
      expect(cost).toBeLessThanOrEqual(QUERY_COST_LIMITS.maxCost);
      const single = {
        ...document,
        definitions: [operation, ...document.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION)],
      };
      expect(validate(schema, single, [queryCostRule(QUERY_COST_LIMITS)])).toEqual([]);
    },
  );
});
