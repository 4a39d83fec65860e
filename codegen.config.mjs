// Typed operations from the committed schema, for the web app and for the end-to-end tests: `npm run codegen`;
// `npm test` fails while the output is stale (scripts/check-codegen.mjs).
const scalars = { DateTime: 'string' };

/** @type {import('@graphql-codegen/cli').CodegenConfig} */
const config = {
  schema: 'schema.gql',
  generates: {
    'apps/web/src/gql/': {
      documents: ['apps/web/src/**/*.tsx', 'apps/web/src/**/*.ts', '!apps/web/src/gql/**'],
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: { useTypeImports: true, enumsAsTypes: true, scalars },
    },
    // The tests send operations as text (`TestApp.graphql`): each `graphql(...)` there is typed, result and variables.
    'tests/gql/': {
      documents: ['tests/**/*.ts', '!tests/gql/**'],
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: { useTypeImports: true, enumsAsTypes: true, scalars, documentMode: 'string' },
    },
  },
  ignoreNoDocuments: true,
  silent: true,
};

export default config;
