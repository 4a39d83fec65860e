import { resolve } from 'node:path';

/** Where the e2e tests keep their data: their own embedded server (port and directory apart from `npm start`'s). */
export const TEST_DATA_DIR = resolve(__dirname, '../../.data/test');
export const TEST_EMBEDDED_PORT = 54339;
export const TEST_DATABASE = 'wsp_test';

/** Set by the global setup for every test file: the migrated, demo-seeded test database. */
export function testDatabaseUrl(): string {
  const url = process.env.WSP_TEST_DATABASE_URL;
  if (!url) throw new Error('WSP_TEST_DATABASE_URL is not set: run e2e tests through jest (global setup)');
  return url;
}
