import 'reflect-metadata';
import { EmbeddedPostgres } from '@wsp/platform';
import { prepareDatabase } from './prepare-database';
import { resolve } from 'node:path';
import { TEST_DATA_DIR, TEST_DATABASE, TEST_EMBEDDED_PORT } from './test-database';

/**
 * The e2e run's database, run by the global setup as a child process (app code stays out of Jest's own
 * process): DATABASE_URL's server when set, else an embedded one. Prints `READY <url>` once the database is
 * fresh, migrated and seeded; stops an embedded server on SIGTERM.
 */
async function main(): Promise<void> {
  let serverUrl = process.env.DATABASE_URL;
  let embedded: EmbeddedPostgres | undefined;
  if (!serverUrl) {
    embedded = new EmbeddedPostgres({
      directory: resolve(TEST_DATA_DIR, 'postgres'),
      port: TEST_EMBEDDED_PORT,
      // Test data is thrown away: trade durability for speed.
      postgresFlags: ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off'],
    });
    serverUrl = await embedded.start();
  }
  const stop = async () => {
    await embedded?.stop();
    process.exit(0);
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);

  // A failed preparation (a migration that does not apply) must not leave the server running on its port.
  const url = await prepareDatabase(serverUrl, TEST_DATABASE).catch(async (error: unknown) => {
    await embedded?.stop();
    throw error;
  });
  process.stdout.write(`READY ${url}\n`);
  if (!embedded) process.exit(0);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
