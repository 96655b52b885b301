import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
  buildSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
} from 'graphql';
import { AccountService } from '@tsunagu/accounts/api';
import { SessionClient, errorCode } from '../accounts/session-client';
import { type TestApp, startTestApp } from '../test-services';

const schema = buildSchema(readFileSync(join(__dirname, '../../schema.gql'), 'utf8'));
const PASSWORD = 'malformed-password-1';

type Mode = 'not-a-uuid' | 'nul';

/** A value of this type for the mode: broken ids, or text with U+0000 and well-formed ids. */
function valueOf(type: GraphQLInputType, mode: Mode): unknown {
  if (isNonNullType(type)) return valueOf(type.ofType, mode);
  if (isListType(type)) return [valueOf(type.ofType, mode)];
  if (isEnumType(type)) return type.getValues()[0].value;
  if (isInputObjectType(type)) {
    const out: Record<string, unknown> = {};
    for (const field of Object.values(type.getFields())) {
      const named = getNamedType(field.type);
      // every required field, and every field of the broken kind (text with NUL, an ID), required or not
      if (
        isNonNullType(field.type) ||
        (mode === 'nul' && named.name === 'String') ||
        (mode === 'not-a-uuid' && named.name === 'ID')
      )
        out[field.name] = valueOf(field.type, mode);
    }
    return out;
  }
  switch (type.name) {
    case 'ID':
      return mode === 'not-a-uuid' ? 'not-a-uuid' : randomUUID();
    case 'String':
      return mode === 'nul' ? 'a\u0000b' : '2026-12-24';
    case 'Int':
    case 'Float':
      return 1;
    case 'Boolean':
      return false;
    case 'DateTime':
      return '2026-12-24T10:00:00+09:00';
    default:
      return 'x';
  }
}

/** Whether an ID (for 'not-a-uuid') or a String (for 'nul') is somewhere in what the operation takes. */
function takes(type: GraphQLInputType, scalar: 'ID' | 'String', seen = new Set<string>()): boolean {
  const named = getNamedType(type);
  if (isScalarType(named)) return named.name === scalar;
  if (!isInputObjectType(named) || seen.has(named.name)) return false;
  seen.add(named.name);
  return Object.values(named.getFields()).some((f) => takes(f.type, scalar, seen));
}

function operations(kind: 'query' | 'mutation', scalar: 'ID' | 'String') {
  const root = (kind === 'query' ? schema.getQueryType() : schema.getMutationType()) as GraphQLObjectType;
  return Object.values(root.getFields())
    .filter((field) => field.args.some((a) => takes(a.type, scalar)))
    .map((field) => ({ kind, field }));
}

function request(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>, mode: Mode) {
  const variables: Record<string, unknown> = {};
  const definitions: string[] = [];
  const args: string[] = [];
  for (const arg of field.args) {
    // Optional arguments are sent only when they carry the broken value.
    if (!isNonNullType(arg.type) && !takes(arg.type, mode === 'nul' ? 'String' : 'ID')) continue;
    variables[arg.name] = valueOf(arg.type, mode);
    definitions.push(`$${arg.name}: ${arg.type.toString()}`);
    args.push(`${arg.name}: $${arg.name}`);
  }
  const named = getNamedType(field.type);
  const selection = isScalarType(named) || isEnumType(named) ? '' : '{ __typename }';
  const query = `${kind}${definitions.length ? `(${definitions.join(', ')})` : ''} { ${field.name}${
    args.length ? `(${args.join(', ')})` : ''
  } ${selection} }`;
  return { query, variables };
}

/**
 * Every query and mutation of the schema that takes an ID, called with "not-a-uuid"; every one
 * that takes text, called with a NUL character in it; by a visitor, a member and staff. None
 * may answer INTERNAL_SERVER_ERROR: bad input is the caller's error, and says so.
 */
describe('malformed ids and NUL characters', () => {
  let t: TestApp;
  const callers: Record<string, SessionClient> = {};

  beforeAll(async () => {
    t = await startTestApp();
    const accounts = t.app.get(AccountService);
    for (const role of ['MEMBER', 'STAFF'] as const) {
      const email = `${role.toLowerCase()}@example.jp`;
      await accounts.create({ email, password: PASSWORD, displayName: role, role });
      callers[role] = await new SessionClient(t.baseUrl).signIn(email, PASSWORD);
    }
    callers['anonymous'] = new SessionClient(t.baseUrl);
  });
  afterAll(async () => {
    await t?.close();
  });

  const withIds = [...operations('query', 'ID'), ...operations('mutation', 'ID')];
  const withText = [...operations('query', 'String'), ...operations('mutation', 'String')];

  it('finds the operations to try', () => {
    expect(withIds.length).toBeGreaterThan(30);
    expect(withText.length).toBeGreaterThan(20);
  });

  it.each(withIds.map((o) => [o.field.name, o] as const))(
    '%s with "not-a-uuid" as its ID answers BAD_USER_INPUT or NOT_FOUND, never INTERNAL_SERVER_ERROR',
    async (_name, { kind, field }) => {
      const { query, variables } = request(kind, field, 'not-a-uuid');
      for (const [caller, client] of Object.entries(callers)) {
        const code = errorCode(await client.gql(query, variables));
        expect({ caller, code }).toEqual({ caller, code: expect.stringMatching(/^(BAD_USER_INPUT|NOT_FOUND)$/) });
      }
    },
  );

  it.each(withText.map((o) => [o.field.name, o] as const))(
    '%s with a NUL character in its text answers BAD_USER_INPUT, never INTERNAL_SERVER_ERROR',
    async (_name, { kind, field }) => {
      const { query, variables } = request(kind, field, 'nul');
      for (const [caller, client] of Object.entries(callers)) {
        const code = errorCode(await client.gql(query, variables));
        expect({ caller, code }).toEqual({ caller, code: 'BAD_USER_INPUT' });
      }
    },
  );

  it('refuses a literal (not a variable) id as well, naming the field', async () => {
    const r = await callers['STAFF'].gql(`{ need(id: "1 OR 1=1") { id } }`);
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'need.id' });
  });
});
