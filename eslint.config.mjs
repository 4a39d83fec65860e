import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'node_modules/',
      '.data/',
      'coverage/',
      'jest.config.js',
      'tests/support/jest-transformer.js',
      'apps/web/src/gql/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  prettier,
  {
    languageOptions: { parserOptions: { projectService: false } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-unsafe-function-type': 'off',
      'no-console': 'error',
      // Libraries meet only through each other's index.ts; nothing imports from an app. The one second entry point,
      // @wsp/platform/tracing, exists because tracing must start before the index loads the database driver.
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@wsp/*/*', '!@wsp/platform/tracing'],
              message: 'Import a library through its index (@wsp/<lib>).',
            },
            { group: ['**/libs/*/src/*', '../../*/src/*'], message: 'Import another library through @wsp/<lib>.' },
          ],
        },
      ],
    },
  },
  {
    files: ['libs/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@wsp/*/*'], message: 'Import a library through its index (@wsp/<lib>).' },
            { group: ['**/apps/**'], message: 'Libraries never import from an app.' },
            { group: ['**/libs/*/src/*', '../../*/src/*'], message: 'Import another library through @wsp/<lib>.' },
          ],
        },
      ],
    },
  },
  {
    files: ['scripts/**', 'tests/**/*.mjs'],
    languageOptions: { globals: { console: 'readonly', URL: 'readonly', process: 'readonly' } },
    rules: { 'no-console': 'off' },
  },
  {
    files: ['**/*.spec.ts', '**/*.e2e-spec.ts', 'tests/**/*.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off', '@typescript-eslint/no-require-imports': 'off' },
  },
);
