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

export interface QueryLimits {
  /** deepest nesting of fields */
  readonly maxDepth: number;
  /** fields selected in the whole operation, fragments expanded (a simple cost) */
  readonly maxFields: number;
}

/**
 * Refuses operations nested too deep or selecting too many fields before they run, so one
 * request cannot make the server walk a huge graph.
 */
export function queryLimitsRule(limits: QueryLimits): ValidationRule {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const definition of context.getDocument().definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
    }
    const measure = (set: SelectionSetNode, depth: number, seen: Set<string>): { depth: number; fields: number } => {
      let deepest = depth;
      let fields = 0;
      for (const selection of set.selections) {
        if (selection.kind === Kind.FIELD) {
          fields++;
          if (selection.selectionSet) {
            const inner = measure(selection.selectionSet, depth + 1, seen);
            deepest = Math.max(deepest, inner.depth);
            fields += inner.fields;
          }
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          const inner = measure(selection.selectionSet, depth, seen);
          deepest = Math.max(deepest, inner.depth);
          fields += inner.fields;
        } else {
          const fragment = fragments.get(selection.name.value);
          if (!fragment || seen.has(fragment.name.value)) continue; // cycles are another rule's error
          const inner = measure(fragment.selectionSet, depth, new Set([...seen, fragment.name.value]));
          deepest = Math.max(deepest, inner.depth);
          fields += inner.fields;
        }
      }
      return { depth: deepest, fields };
    };
    return {
      OperationDefinition(node) {
        const { depth, fields } = measure(node.selectionSet, 1, new Set());
        if (depth > limits.maxDepth || fields > limits.maxFields) {
          context.reportError(
            new GraphQLError(
              `問い合わせが大きすぎます（深さ ${depth} / ${limits.maxDepth}、項目 ${fields} / ${limits.maxFields}）。 / Query too large.`,
              { nodes: [node], extensions: { code: ErrorCode.BAD_USER_INPUT } },
            ),
          );
        }
      },
    };
  };
}
