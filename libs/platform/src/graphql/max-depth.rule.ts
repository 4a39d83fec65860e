import {
  ASTNode,
  FragmentDefinitionNode,
  GraphQLError,
  Kind,
  OperationDefinitionNode,
  SelectionSetNode,
  ValidationContext,
  ValidationRule,
} from 'graphql';

/** Introspection is answered from the schema in memory; where it is allowed, its depth costs nothing. */
const INTROSPECTION_FIELDS = new Set(['__schema', '__type']);

/**
 * Refuses an operation whose fields nest deeper than `max` (through fragments too), saying so: deep nesting
 * multiplies the work of relation fields. Introspection is not counted, so GraphiQL and code generators can send
 * the standard introspection query in development; in production introspection is refused as a whole.
 */
export function maxDepthRule(max: number): ValidationRule {
  return (context: ValidationContext) => {
    const fragments = new Map(
      context
        .getDocument()
        .definitions.filter(
          (definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION,
        )
        .map((fragment) => [fragment.name.value, fragment]),
    );
    const depthOf = (selectionSet: SelectionSetNode, visiting: ReadonlySet<string>): number => {
      let deepest = 0;
      for (const selection of selectionSet.selections) {
        if (selection.kind === Kind.FIELD) {
          if (INTROSPECTION_FIELDS.has(selection.name.value)) continue;
          const below = selection.selectionSet ? depthOf(selection.selectionSet, visiting) : 0;
          deepest = Math.max(deepest, 1 + below);
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          deepest = Math.max(deepest, depthOf(selection.selectionSet, visiting));
        } else {
          const fragment = fragments.get(selection.name.value);
          // A fragment that spreads itself is refused by graphql-js's own rule (NoFragmentCycles).
          if (!fragment || visiting.has(fragment.name.value)) continue;
          deepest = Math.max(deepest, depthOf(fragment.selectionSet, new Set([...visiting, fragment.name.value])));
        }
      }
      return deepest;
    };
    return {
      OperationDefinition(operation: OperationDefinitionNode) {
        const depth = depthOf(operation.selectionSet, new Set());
        if (depth > max) {
          context.reportError(
            new GraphQLError(`Query is too deep: ${depth} levels (maximum ${max})`, { nodes: [operation as ASTNode] }),
          );
        }
        return false;
      },
    };
  };
}
