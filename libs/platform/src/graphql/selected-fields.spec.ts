import { FieldNode, FragmentDefinitionNode, Kind, OperationDefinitionNode, parse } from 'graphql';
import { selectedFieldNames, selectionKey } from './selected-fields';

/** The resolve info of the field at `path` (field names from the operation's root) in `query`. */
function infoAt(query: string, path: string[]) {
  const document = parse(query);
  const fragments = Object.fromEntries(
    document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((d) => [d.name.value, d]),
  );
  let nodes = (document.definitions[0] as OperationDefinitionNode).selectionSet.selections as FieldNode[];
  let field: FieldNode | undefined;
  for (const name of path) {
    field = nodes.find((node) => node.kind === Kind.FIELD && node.name.value === name)!;
    nodes = (field.selectionSet?.selections ?? []) as FieldNode[];
  }
  return { fieldNodes: [field!], fragments };
}

describe('selectedFieldNames', () => {
  it('names the fields selected on the returned objects, not those of nested objects', () => {
    const info = infoAt('{ employer { vacancies { id title skills { skillCode } } } }', ['employer', 'vacancies']);
    expect([...selectedFieldNames(info)].sort()).toEqual(['id', 'skills', 'title']);
  });

  it('follows fragments and inline fragments, and reads aliases as the field they alias', () => {
    const info = infoAt(
      `{ employer { vacancies { heading: title ...Core ... on Vacancy { status } ... @include(if: false) { hoursMin } } } }
       fragment Core on Vacancy { id ...More }
       fragment More on Vacancy { version id }`,
      ['employer', 'vacancies'],
    );
    expect([...selectedFieldNames(info)].sort()).toEqual(['hoursMin', 'id', 'status', 'title', 'version']);
  });

  it('reads the objects at a path below the field, as the nodes of a connection', () => {
    const info = infoAt(
      '{ employers { totalCount edges { cursor node { id ...Name contacts { name } } } ... on EmployerConnection { edges { node { kvkNumber } } } } } fragment Name on Employer { legalName }',
      ['employers'],
    );
    expect([...selectedFieldNames(info, ['edges', 'node'])].sort()).toEqual([
      'contacts',
      'id',
      'kvkNumber',
      'legalName',
    ]);
    expect([...selectedFieldNames(info)].sort()).toEqual(['edges', 'totalCount']);
  });

  it('works a field node out once: every parent of a list, and every request of the same parsed query, share it', () => {
    const info = infoAt('{ employers { edges { node { id vacancies { id title } } } } }', ['employers']);
    expect(selectedFieldNames(info, ['edges', 'node'])).toBe(selectedFieldNames({ ...info }, ['edges', 'node']));
    expect(selectedFieldNames(info)).not.toBe(selectedFieldNames(info, ['edges', 'node']));
    const fields = selectedFieldNames(info);
    expect(selectionKey(fields)).toBe(selectionKey(fields));
  });

  it('gives one key per set of names, whatever their order', () => {
    expect(selectionKey(new Set(['title', 'id']))).toBe(selectionKey(new Set(['id', 'title'])));
    expect(selectionKey(new Set(['id']))).not.toBe(selectionKey(new Set(['id', 'title'])));
  });
});
