import type { ApolloServerPlugin } from '@apollo/server';
import {
  type DocumentNode,
  GraphQLError,
  type GraphQLInputType,
  type GraphQLSchema,
  Kind,
  type OperationDefinitionNode,
  TypeInfo,
  getArgumentValues,
  getNamedType,
  getNullableType,
  getVariableValues,
  isInputObjectType,
  isListType,
  visit,
  visitWithTypeInfo,
} from 'graphql';
import { ErrorCode } from '../errors/error-code.constant';
import { coreMessages } from '../i18n/core.messages';
import { translate } from '../i18n/message-catalogue';
import { currentLanguage } from '../i18n/request-language';

// Every `ID` of this API is a PostgreSQL uuid; anything else can only miss.
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface MalformedInput {
  /** the argument or input field, e.g. `need.id`, `postNeed.input.title` */
  readonly field: string;
  readonly problem: 'not-an-id' | 'nul-character';
}

/**
 * The first argument value of an operation that can never be right: an `ID` that is not a
 * uuid, or text holding U+0000 (PostgreSQL cannot store it). Values given by variables count
 * too. Undefined when all is well or when the variables are invalid (execution reports that).
 */
export function findMalformedInput(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> | undefined,
): MalformedInput | undefined {
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables ?? {});
  if (coerced.errors) return undefined;
  const typeInfo = new TypeInfo(schema);
  let found: MalformedInput | undefined;
  const check = (field: string, type: GraphQLInputType, value: unknown): MalformedInput | undefined => {
    if (value === null || value === undefined) return undefined;
    const nullable = getNullableType(type);
    if (isListType(nullable)) {
      for (const item of Array.isArray(value) ? value : [value]) {
        const problem = check(field, nullable.ofType, item);
        if (problem) return problem;
      }
      return undefined;
    }
    const named = getNamedType(type);
    if (isInputObjectType(named)) {
      for (const [name, inner] of Object.entries(named.getFields())) {
        const problem = check(`${field}.${name}`, inner.type, (value as Record<string, unknown>)[name]);
        if (problem) return problem;
      }
      return undefined;
    }
    if (typeof value !== 'string') return undefined;
    if (value.includes('\u0000')) return { field, problem: 'nul-character' };
    if (named.name === 'ID' && !UUID.test(value)) return { field, problem: 'not-an-id' };
    return undefined;
  };
  // The operation and the fragments it uses (TypeInfo follows the fragments' type conditions).
  const relevant: DocumentNode = {
    ...document,
    definitions: document.definitions.filter((d) => d === operation || d.kind === Kind.FRAGMENT_DEFINITION),
  };
  visit(
    relevant,
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        const definition = typeInfo.getFieldDef();
        if (found || !definition || definition.args.length === 0) return;
        let values: Record<string, unknown>;
        try {
          values = getArgumentValues(definition, node, coerced.coerced);
        } catch {
          return; // an invalid literal: validation or execution reports it
        }
        for (const arg of definition.args) {
          found = check(`${node.name.value}.${arg.name}`, arg.type, values[arg.name]);
          if (found) return;
        }
      },
    }),
  );
  return found;
}

/**
 * Refuses, before any resolver runs, values that would otherwise reach PostgreSQL and fail
 * there as a server error: the one edge check for ids and NUL characters of every operation.
 * Answered like any refused input (HTTP 200, BAD_USER_INPUT with the field) so the web client
 * shows the message.
 */
export function inputGuardPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          const malformed = operation && findMalformedInput(schema, document, operation, request.variables);
          if (!malformed) return;
          const text = malformed.problem === 'not-an-id' ? coreMessages.malformedId : coreMessages.nulCharacter;
          throw new GraphQLError(translate(text, { field: malformed.field }, currentLanguage()), {
            extensions: { code: ErrorCode.BAD_USER_INPUT, field: malformed.field, http: { status: 200 } },
          });
        },
      };
    },
  };
}
