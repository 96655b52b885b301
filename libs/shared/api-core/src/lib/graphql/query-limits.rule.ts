import {
  type ASTVisitor,
  type FragmentDefinitionNode,
  GraphQLError,
  Kind,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import { ErrorCode } from '../errors/error-code.constant';
import { coreMessages } from '../i18n/core.messages';
import { translate } from '../i18n/message-catalogue';
import { currentLanguage } from '../i18n/request-language';

export interface QueryLimits {
  /** deepest nesting of fields */
  readonly maxDepth: number;
}

/**
 * Refuses operations nested too deep before they run, so one request cannot make the server
 * walk a huge graph. How much an operation asks for is the cost rule's job (query-cost.rule.ts).
 */
export function queryLimitsRule(limits: QueryLimits): ValidationRule {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const definition of context.getDocument().definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
    }
    const measure = (set: SelectionSetNode, depth: number, seen: Set<string>): number => {
      let deepest = depth;
      for (const selection of set.selections) {
        if (selection.kind === Kind.FIELD) {
          if (selection.selectionSet) deepest = Math.max(deepest, measure(selection.selectionSet, depth + 1, seen));
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          deepest = Math.max(deepest, measure(selection.selectionSet, depth, seen));
        } else {
          const fragment = fragments.get(selection.name.value);
          if (!fragment || seen.has(fragment.name.value)) continue; // cycles are another rule's error
          deepest = Math.max(deepest, measure(fragment.selectionSet, depth, new Set([...seen, fragment.name.value])));
        }
      }
      return deepest;
    };
    return {
      OperationDefinition(node) {
        const depth = measure(node.selectionSet, 1, new Set());
        if (depth > limits.maxDepth) {
          context.reportError(
            new GraphQLError(
              translate(coreMessages.queryTooDeep, { depth, maxDepth: limits.maxDepth }, currentLanguage()),
              {
                nodes: [node],
                extensions: { code: ErrorCode.BAD_USER_INPUT },
              },
            ),
          );
        }
      },
    };
  };
}
