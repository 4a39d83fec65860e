import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import tseslint from 'typescript-eslint';

/**
 * Data access that is not a library's repository: the platform's database runtime, outbox, audit trail, idempotency
 * keys, rate limits and gauges; the report reader; the matching engine's streamed scans; the demo data; the live
 * notifications' LISTEN/NOTIFY channel.
 */
const DATA_ACCESS_MODULES = [
  'libs/platform/src/database/**',
  'libs/platform/src/audit/audit-log.ts',
  'libs/platform/src/idempotency/idempotency-keys.ts',
  'libs/platform/src/metrics/runtime-gauges.ts',
  'libs/platform/src/queue/outbox.ts',
  'libs/platform/src/rate-limit/rate-limit-storage.ts',
  'libs/platform/src/runtime/database-runtime.ts',
  'libs/placements/src/reports/report-reader.ts',
  'libs/matching/src/matching-data.ts',
  'libs/matching/src/candidate-facts-cache.ts',
  'libs/directory/src/demo-seed.service.ts',
  'libs/notifications/src/live/notification-bus.ts',
];

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
      'tests/gql/',
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
  // SQL lives in repositories: a service, resolver or job asks one (docs/DATA-ACCESS.md).
  {
    files: ['libs/**/*.ts', 'apps/**/*.ts'],
    ignores: ['**/*.repository.ts', '**/*.spec.ts', 'apps/web/**', ...DATA_ACCESS_MODULES],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'CallExpression[callee.property.name=/^(query|createQueryBuilder)$/]',
          message: "SQL lives in the library's *.repository.ts (docs/DATA-ACCESS.md).",
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
