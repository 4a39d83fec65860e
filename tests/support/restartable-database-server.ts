import 'reflect-metadata';
import { EmbeddedPostgres } from '@wsp/platform';
import { prepareDatabase } from './prepare-database';
import { createInterface } from 'node:readline';

/**
 * An embedded PostgreSQL a fault test can stop and start again: prints `READY <url>` once a migrated, demo-seeded
 * database exists, then obeys `stop` and `start` on stdin (answering `STOPPED` / `STARTED`). Durability stays on:
 * the test checks that committed writes survive. Port and directory come from RESTARTABLE_PG_PORT / _DIR.
 */
async function main(): Promise<void> {
  const server = new EmbeddedPostgres({
    directory: process.env.RESTARTABLE_PG_DIR!,
    port: Number(process.env.RESTARTABLE_PG_PORT),
  });
  const serverUrl = await server.start();
  const shutDown = async () => {
    await server.stop().catch(() => undefined);
    process.exit(0);
  };
  process.on('SIGTERM', shutDown);
  process.on('SIGINT', shutDown);

  const url = await prepareDatabase(serverUrl, 'wsp_restart');
  process.stdout.write(`READY ${url}\n`);

  for await (const command of createInterface({ input: process.stdin })) {
    if (command === 'stop') {
      await server.stop();
      process.stdout.write('STOPPED\n');
    } else if (command === 'start') {
      await server.start();
      process.stdout.write('STARTED\n');
    }
  }
  await shutDown();
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
