import { buildSchema, getIntrospectionQuery, parse, validate } from 'graphql';
import { maxDepthRule } from './max-depth.rule';

const schema = buildSchema(`
  type Query { node: Node }
  type Node { id: ID, child: Node }
`);

function errors(query: string, max = 3): string[] {
  return validate(schema, parse(query), [maxDepthRule(max)]).map((error) => error.message);
}

describe('maxDepthRule', () => {
  it('allows the maximum and refuses one level more, naming the depth', () => {
    expect(errors('{ node { child { id } } }')).toEqual([]);
    expect(errors('{ node { child { child { id } } } }')).toEqual(['Query is too deep: 4 levels (maximum 3)']);
  });

  it('counts through fragments and inline fragments', () => {
    expect(errors('{ node { ...F } } fragment F on Node { child { ... on Node { child { id } } } }')).toEqual([
      'Query is too deep: 4 levels (maximum 3)',
    ]);
  });

  it('does not count introspection, so the standard introspection query passes', () => {
    expect(errors(getIntrospectionQuery(), 2)).toEqual([]);
  });
});
