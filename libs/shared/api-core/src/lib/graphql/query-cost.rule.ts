import {
  type ASTVisitor,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLInputType,
  GraphQLError,
  type GraphQLNamedType,
  type GraphQLSchema,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
  type ValueNode,
  getNamedType,
  getNullableType,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isObjectType,
} from 'graphql';
import { ErrorCode } from '../errors/error-code.constant';
import { coreMessages } from '../i18n/core.messages';
import { translate } from '../i18n/message-catalogue';
import { currentLanguage } from '../i18n/request-language';

export interface QueryCostLimits {
  /** the most an operation may cost */
  readonly maxCost: number;
  /** how many items a list counts for when nothing in the query says how many it asks */
  readonly defaultListSize: number;
  /** extra cost of resolvers that do heavy work (ranking, search, PDF), by 'Type.field' */
  readonly expensiveFields: Readonly<Record<string, number>>;
}

export const QUERY_COST_REFUSAL = coreMessages.queryTooCostly.ja;

/** Arguments (or input fields) that say how many items a list returns. */
const SIZE_ARGUMENTS = new Set(['limit', 'pageSize', 'first']);

/**
 * Refuses an operation whose estimated cost is above the limit, before anything runs. Every
 * field costs 1; a list multiplies what is selected inside it by the number of items asked
 * (`limit` / `pageSize`, the argument's default, or `defaultListSize`); expensive resolvers add
 * their own cost each time they are selected, so 130 aliases of one ranking cost 130 rankings
 * while a wide but cheap page stays cheap.
 *
 * A validation rule does not see variable values: a size given by a variable counts with the
 * variable's default, else the argument's default. The resolvers cap sizes themselves.
 */
export function queryCostRule(limits: QueryCostLimits): ValidationRule {
  return (context: ValidationContext): ASTVisitor => ({
    OperationDefinition(node) {
      const cost = operationCost(context.getSchema(), context.getDocument().definitions, node, limits);
      if (cost > limits.maxCost) {
        context.reportError(
          new GraphQLError(translate(coreMessages.queryTooCostly, {}, currentLanguage()), {
            nodes: [node],
            extensions: { code: ErrorCode.BAD_USER_INPUT, cost, maxCost: limits.maxCost },
          }),
        );
      }
    },
  });
}

/** The estimated cost of one operation (exported for tests and for tuning the limits). */
export function operationCost(
  schema: GraphQLSchema,
  definitions: readonly { kind: Kind }[],
  operation: OperationDefinitionNode,
  limits: QueryCostLimits,
): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) {
      const fragment = definition as FragmentDefinitionNode;
      fragments.set(fragment.name.value, fragment);
    }
  }
  const variableDefaults = new Map<string, ValueNode>();
  for (const variable of operation.variableDefinitions ?? []) {
    if (variable.defaultValue) variableDefaults.set(variable.variable.name.value, variable.defaultValue);
  }

  const intOf = (value: ValueNode | undefined): number | undefined => {
    if (!value) return undefined;
    if (value.kind === Kind.INT) return Number(value.value);
    if (value.kind === Kind.VARIABLE) return intOf(variableDefaults.get(value.name.value));
    return undefined;
  };

  /** limit/pageSize of a field: in its arguments, one level inside an input object, or their defaults */
  const sizeOf = (node: FieldNode, field: GraphQLField<unknown, unknown>): number | undefined => {
    for (const arg of field.args) {
      const given = node.arguments?.find((a) => a.name.value === arg.name)?.value;
      if (SIZE_ARGUMENTS.has(arg.name)) {
        const size = intOf(given) ?? (typeof arg.defaultValue === 'number' ? arg.defaultValue : undefined);
        if (size !== undefined) return size;
      }
      const inner = sizeInInput(arg.type, given, intOf);
      if (inner !== undefined) return inner;
    }
    return undefined;
  };

  const costOf = (
    set: SelectionSetNode,
    parent: GraphQLNamedType | undefined,
    inheritedSize: number | undefined,
    seen: ReadonlySet<string>,
  ): number => {
    let total = 0;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        const field =
          parent && (isObjectType(parent) || isInterfaceType(parent))
            ? parent.getFields()[selection.name.value]
            : undefined;
        if (!field) {
          total += 1; // __typename, or a field another rule refuses
          continue;
        }
        const own = 1 + (limits.expensiveFields[`${parent?.name}.${field.name}`] ?? 0);
        if (!selection.selectionSet) {
          total += own;
          continue;
        }
        const size = sizeOf(selection, field);
        const isList = isListType(getNullableType(field.type));
        // A page size given on an object field (searchNpos(input: {pageSize})) sizes the list inside it.
        const items = isList ? (size ?? inheritedSize ?? limits.defaultListSize) : 1;
        const passDown = isList ? undefined : (size ?? inheritedSize);
        total += own + items * costOf(selection.selectionSet, getNamedType(field.type), passDown, seen);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent;
        total += costOf(selection.selectionSet, type ?? parent, inheritedSize, seen);
      } else {
        const fragment = fragments.get(selection.name.value);
        if (!fragment || seen.has(fragment.name.value)) continue; // cycles are another rule's error
        const type = schema.getType(fragment.typeCondition.name.value) ?? parent;
        total += costOf(fragment.selectionSet, type, inheritedSize, new Set([...seen, fragment.name.value]));
      }
    }
    return total;
  };

  const root =
    operation.operation === 'mutation'
      ? schema.getMutationType()
      : operation.operation === 'subscription'
        ? schema.getSubscriptionType()
        : schema.getQueryType();
  return costOf(operation.selectionSet, root ?? undefined, undefined, new Set());
}

/** `pageSize` / `limit` inside an input object argument, given or by the input field's default. */
function sizeInInput(
  type: GraphQLInputType,
  given: ValueNode | undefined,
  intOf: (value: ValueNode | undefined) => number | undefined,
): number | undefined {
  const named = getNamedType(type);
  if (!isInputObjectType(named)) return undefined;
  for (const field of Object.values(named.getFields())) {
    if (!SIZE_ARGUMENTS.has(field.name)) continue;
    const value =
      given?.kind === Kind.OBJECT ? given.fields.find((f) => f.name.value === field.name)?.value : undefined;
    const size = intOf(value) ?? (typeof field.defaultValue === 'number' ? field.defaultValue : undefined);
    if (size !== undefined) return size;
  }
  return undefined;
}
