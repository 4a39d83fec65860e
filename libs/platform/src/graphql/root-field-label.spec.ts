import { Kind, OperationDefinitionNode, parse } from 'graphql';
import { rootFieldLabel } from './root-field-label';

function label(query: string): string {
  const document = parse(query);
  const operation = document.definitions.find(
    (definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION,
  );
  return rootFieldLabel(document, operation);
}

describe('rootFieldLabel', () => {
  it('labels an operation by its root field, never by the name the client gave it', () => {
    expect(label('query JanDeVries111222333 { employers { totalCount } }')).toBe('employers');
    expect(label('mutation { createVacancy(input: {}) { id } }')).toBe('createVacancy');
    expect(label('{ a: me { id } b: me { id } }')).toBe('me');
  });

  it('looks through fragments and counts several root fields as multiple', () => {
    expect(label('{ ...Root } fragment Root on Query { me { id } }')).toBe('me');
    expect(label('{ ... on Query { regions { code } } }')).toBe('regions');
    expect(label('{ me { id } regions { code } }')).toBe('multiple');
  });
});
