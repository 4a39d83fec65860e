// Typed operations from the committed schema: `npm run codegen:web`; `npm test` fails while the output is stale
// (scripts/check-web-codegen.mjs).
/** @type {import('@graphql-codegen/cli').CodegenConfig} */
const config = {
  schema: 'schema.gql',
  documents: ['apps/web/src/**/*.tsx', 'apps/web/src/**/*.ts', '!apps/web/src/gql/**'],
  generates: {
    'apps/web/src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: { useTypeImports: true, enumsAsTypes: true, scalars: { DateTime: 'string' } },
    },
  },
  ignoreNoDocuments: true,
  silent: true,
};

export default config;
