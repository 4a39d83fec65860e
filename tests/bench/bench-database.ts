import { Logger } from '@nestjs/common';
import { migrations } from '@wsp/migrations';
import { dataSourceOptions, EmbeddedPostgres, ensureDatabase, loadConfig, runMigrations } from '@wsp/platform';
import { resolve } from 'node:path';
import { DataSource } from 'typeorm';

/** A migrated database for a benchmark: DATABASE_URL's server when set, else an embedded one of its own. */
export async function benchDatabase(
  name: string,
  entities: Function[],
): Promise<{ dataSource: DataSource; close(): Promise<void> }> {
  Logger.overrideLogger(['error', 'warn']);
  let serverUrl = process.env.DATABASE_URL;
  let embedded: EmbeddedPostgres | undefined;
  if (!serverUrl) {
    embedded = new EmbeddedPostgres({ directory: resolve(__dirname, '../../../.data/bench/postgres'), port: 54359 });
    serverUrl = await embedded.start();
  }
  const url = await ensureDatabase(serverUrl, name, { recreate: true });
  const config = loadConfig({ NODE_ENV: 'test', DATABASE_URL: url });
  await runMigrations(config, url, migrations);
  const dataSource = await new DataSource({ ...dataSourceOptions(config, url, migrations), entities }).initialize();
  return {
    dataSource,
    close: async () => {
      await dataSource.destroy();
      await embedded?.stop();
    },
  };
}

/** Latency percentiles of `samples` (milliseconds). */
export function percentiles(samples: number[]): Record<'p50' | 'p95' | 'p99' | 'max' | 'mean', number> {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
  const round = (n: number) => Math.round(n * 1000) / 1000;
  return {
    p50: round(at(50)),
    p95: round(at(95)),
    p99: round(at(99)),
    max: round(sorted[sorted.length - 1]),
    mean: round(sorted.reduce((sum, n) => sum + n, 0) / sorted.length),
  };
}

/** Runs a benchmark's `main`, printing its figures; a failure prints the error and exits non-zero. */
export function runBenchmark(main: () => Promise<void>): void {
  main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  });
}
