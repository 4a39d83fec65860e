import { DocumentNode, FragmentDefinitionNode, Kind, OperationDefinitionNode, SelectionSetNode } from 'graphql';

/**
 * The metric label of an operation: the root field it asks for (`employers`, `createVacancy`), or `multiple`.
 * Root field names come from the schema (the document passed validation), so a label is bounded and holds
 * nothing a client chose, unlike an operation name.
 */
export function rootFieldLabel(document: DocumentNode, operation: OperationDefinitionNode | undefined): string {
  if (!operation) return 'none';
  const fragments = new Map(
    document.definitions
      .filter((definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION)
      .map((fragment) => [fragment.name.value, fragment]),
  );
  const names = new Set<string>();
  const collect = (selectionSet: SelectionSetNode, seen: Set<string>) => {
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) names.add(selection.name.value);
      else if (selection.kind === Kind.INLINE_FRAGMENT) collect(selection.selectionSet, seen);
      else if (!seen.has(selection.name.value)) {
        const fragment = fragments.get(selection.name.value);
        if (fragment) collect(fragment.selectionSet, new Set([...seen, selection.name.value]));
      }
    }
  };
  collect(operation.selectionSet, new Set());
  return names.size === 1 ? [...names][0] : names.size === 0 ? 'none' : 'multiple';
}
