import { getArgumentValues, getNamedType, GraphQLObjectType, GraphQLResolveInfo, isObjectType, Kind } from 'graphql';

/**
 * Starts the resolvers of the selected `fields` of the object a query field returns, before that object is read.
 * For relations that load by the object's id alone through request loaders: their statement then joins the one
 * that reads the object (`sharedSelect` batches a request's selects) instead of waiting for it in the pool again.
 * When the object turns out not to be the caller's to read, what they loaded is dropped unseen, so a relation
 * listed here must have no side effect (no audited read). Fields behind fragments are left to execution.
 */
export function prefetchFields(
  info: GraphQLResolveInfo,
  context: unknown,
  parent: { id: string },
  fields: readonly string[],
): void {
  const type = getNamedType(info.returnType);
  if (!isObjectType(type)) return;
  const definitions = type.getFields();
  for (const node of info.fieldNodes) {
    for (const selection of node.selectionSet?.selections ?? []) {
      if (selection.kind !== Kind.FIELD || !fields.includes(selection.name.value)) continue;
      const definition = definitions[selection.name.value];
      if (!definition?.resolve) continue;
      const fieldInfo: GraphQLResolveInfo = {
        ...info,
        fieldName: definition.name,
        fieldNodes: [selection],
        returnType: definition.type,
        parentType: type as GraphQLObjectType,
        path: { prev: info.path, key: selection.alias?.value ?? definition.name, typename: type.name },
      };
      try {
        const args = getArgumentValues(definition, selection, info.variableValues);
        // Execution asks again and gets the same loader's answer; a failure here is execution's to report.
        void Promise.resolve(definition.resolve(parent, args, context, fieldInfo)).catch(() => undefined);
      } catch {
        // Invalid arguments: execution reports them.
      }
    }
  }
}
