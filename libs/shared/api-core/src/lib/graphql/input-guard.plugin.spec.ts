import { Kind, type OperationDefinitionNode, buildSchema, parse } from 'graphql';
import { findMalformedInput } from './input-guard.plugin';

const schema = buildSchema(`
  input PostInput { groupId: ID! title: String tags: [String!] }
  type Need { id: ID! }
  type Query { need(id: ID!): Need }
  type Mutation { post(input: PostInput!): Need mark(ids: [ID!]): Int }
`);
const ID = '0b9f6a8e-3c1d-4e2f-9a7b-5c6d7e8f9a0b';

function check(query: string, variables?: Record<string, unknown>) {
  const document = parse(query);
  const operation = document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION) as OperationDefinitionNode;
  return findMalformedInput(schema, document, operation, variables);
}

describe('findMalformedInput', () => {
  it('lets uuids and ordinary text through', () => {
    expect(check(`{ need(id: "${ID}") { id } }`)).toBeUndefined();
    expect(
      check(`mutation($i: PostInput!) { post(input: $i) { id } }`, { i: { groupId: ID, title: '祭り' } }),
    ).toBeUndefined();
  });

  it('finds an ID that is not a uuid, in a literal, a variable, an input field or a list', () => {
    expect(check(`{ need(id: "not-a-uuid") { id } }`)).toEqual({ field: 'need.id', problem: 'not-an-id' });
    expect(check(`query($id: ID!) { need(id: $id) { id } }`, { id: '1' })).toEqual({
      field: 'need.id',
      problem: 'not-an-id',
    });
    expect(check(`mutation { post(input: { groupId: "x" }) { id } }`)).toEqual({
      field: 'post.input.groupId',
      problem: 'not-an-id',
    });
    expect(check(`mutation($ids: [ID!]) { mark(ids: $ids) }`, { ids: [ID, 'x'] })).toEqual({
      field: 'mark.ids',
      problem: 'not-an-id',
    });
  });

  it('finds a NUL character in any text, also inside lists of an input', () => {
    expect(
      check(`mutation($i: PostInput!) { post(input: $i) { id } }`, { i: { groupId: ID, tags: ['a', 'b\u0000'] } }),
    ).toEqual({ field: 'post.input.tags', problem: 'nul-character' });
    expect(check(`query($id: ID!) { need(id: $id) { id } }`, { id: '\u0000' })).toEqual({
      field: 'need.id',
      problem: 'nul-character',
    });
  });
});
