import { GRAPHQL_RESPONSE_TYPE, preferredType } from './graphql-media-types';

describe('preferredType', () => {
  it.each([
    [undefined, 'application/json'],
    ['application/json', 'application/json'],
    [GRAPHQL_RESPONSE_TYPE, GRAPHQL_RESPONSE_TYPE],
    [`${GRAPHQL_RESPONSE_TYPE}, application/json;q=0.9`, GRAPHQL_RESPONSE_TYPE],
    [`application/json, ${GRAPHQL_RESPONSE_TYPE};q=0.5`, 'application/json'],
    [`*/*, ${GRAPHQL_RESPONSE_TYPE}`, GRAPHQL_RESPONSE_TYPE],
    ['*/*', 'application/json'],
    ['text/html', undefined],
    [`${GRAPHQL_RESPONSE_TYPE};q=0, text/html`, undefined],
  ])('Accept %p prefers %p', (accept, expected) => {
    expect(preferredType(accept)).toBe(expected);
  });
});
