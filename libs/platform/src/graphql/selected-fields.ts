import { FieldNode, FragmentDefinitionNode, GraphQLResolveInfo, Kind, SelectionSetNode } from 'graphql';

/**
 * The names of the fields a client selected on the objects the current field returns, through fragments and
 * inline fragments (aliases give the field's own name). Fields under `@skip`/`@include` count as selected,
 * so the set is never smaller than what execution will read.
 */
export function selectedFieldNames(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>): ReadonlySet<string> {
  const names = new Set<string>();
  const visitedFragments = new Set<string>();
  const collect = (selectionSet: SelectionSetNode | undefined): void => {
    for (const selection of selectionSet?.selections ?? []) {
      if (selection.kind === Kind.FIELD) names.add(selection.name.value);
      else if (selection.kind === Kind.INLINE_FRAGMENT) collect(selection.selectionSet);
      else if (!visitedFragments.has(selection.name.value)) {
        visitedFragments.add(selection.name.value);
        collect((info.fragments[selection.name.value] as FragmentDefinitionNode | undefined)?.selectionSet);
      }
    }
  };
  for (const node of info.fieldNodes as readonly FieldNode[]) collect(node.selectionSet);
  return names;
}

/** The same text for the same set of names, for keying a request loader by the selection it reads. */
export function selectionKey(fields: ReadonlySet<string>): string {
  return [...fields].sort().join(',');
}
