import { FieldNode, FragmentDefinitionNode, GraphQLResolveInfo, Kind, SelectionSetNode } from 'graphql';

type SelectionInfo = Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>;

/**
 * The names of the fields a client selected on the objects the current field returns, or on those at `path`
 * below it (`['edges', 'node']` of a connection), through fragments and inline fragments (aliases give the
 * field's own name). Fields under `@skip`/`@include` count as selected, so the set is never smaller than what
 * execution will read.
 */
export function selectedFieldNames(info: SelectionInfo, path: readonly string[] = []): ReadonlySet<string> {
  // A relation resolves once per parent with the same field node, and Mercurius reuses a query's parsed
  // document across requests: the answer is worked out once per field node and path.
  const node = info.fieldNodes.length === 1 ? info.fieldNodes[0] : undefined;
  const pathKey = path.join('.');
  const known = node && selectionsByNode.get(node)?.get(pathKey);
  if (known) return known;
  let nodes = info.fieldNodes as readonly FieldNode[];
  for (const name of path) nodes = fieldsOf(info, nodes).filter((field) => field.name.value === name);
  const names: ReadonlySet<string> = new Set(fieldsOf(info, nodes).map((field) => field.name.value));
  if (node) {
    let byPath = selectionsByNode.get(node);
    if (!byPath) selectionsByNode.set(node, (byPath = new Map()));
    byPath.set(pathKey, names);
  }
  return names;
}

const selectionsByNode = new WeakMap<FieldNode, Map<string, ReadonlySet<string>>>();
const keysBySelection = new WeakMap<ReadonlySet<string>, string>();

/** The field nodes directly selected under `nodes`, with fragments spread. */
function fieldsOf(info: SelectionInfo, nodes: readonly FieldNode[]): FieldNode[] {
  const fields: FieldNode[] = [];
  const visitedFragments = new Set<string>();
  const collect = (selectionSet: SelectionSetNode | undefined): void => {
    for (const selection of selectionSet?.selections ?? []) {
      if (selection.kind === Kind.FIELD) fields.push(selection);
      else if (selection.kind === Kind.INLINE_FRAGMENT) collect(selection.selectionSet);
      else if (!visitedFragments.has(selection.name.value)) {
        visitedFragments.add(selection.name.value);
        collect((info.fragments[selection.name.value] as FragmentDefinitionNode | undefined)?.selectionSet);
      }
    }
  };
  for (const node of nodes) collect(node.selectionSet);
  return fields;
}

/** The same text for the same set of names, for keying a request loader by the selection it reads. */
export function selectionKey(fields: ReadonlySet<string>): string {
  let key = keysBySelection.get(fields);
  if (key === undefined) {
    key = [...fields].sort().join(',');
    keysBySelection.set(fields, key);
  }
  return key;
}
