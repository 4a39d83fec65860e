import { Logger } from '@nestjs/common';
import { Client } from 'pg';
import { DataSource, MixedList } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { ensureDatabase } from '../database/create-database';
import { dataSourceOptions } from '../database/data-source-options';
import { EmbeddedPostgres } from '../database/embedded-postgres';

const EMBEDDED_DATABASE = 'wsp';

/**
 * The database a process runs against: DATABASE_URL, or the embedded PostgreSQL started here and stopped
 * by {@link DatabaseRuntime.stop} after the app has closed its connections.
 */
export class DatabaseRuntime {
  private constructor(
    readonly url: string,
    /** True when the database is the embedded one (started here or by another process of this checkout). */
    readonly isEmbedded: boolean,
    private readonly startedHere?: EmbeddedPostgres,
  ) {}

  static async start(config: AppConfig): Promise<DatabaseRuntime> {
    if (config.database.mode === 'external') return new DatabaseRuntime(config.database.url, false);
    const embedded = new EmbeddedPostgres({ directory: config.database.directory, port: config.database.port });
    // Another process of this checkout (the API, while the CLI runs) may already serve the data directory.
    const running = new URL(embedded.url);
    running.pathname = `/${EMBEDDED_DATABASE}`;
    if (await answers(running.toString())) return new DatabaseRuntime(running.toString(), true);
    const serverUrl = await embedded.start();
    try {
      return new DatabaseRuntime(await ensureDatabase(serverUrl, EMBEDDED_DATABASE), true, embedded);
    } catch (error) {
      await embedded.stop();
      throw error;
    }
  }

  async stop(): Promise<void> {
    await this.startedHere?.stop();
  }
}

async function answers(url: string): Promise<boolean> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 1000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** Applies pending migrations; returns the names of those applied. */
export async function runMigrations(
  config: AppConfig,
  url: string,
  migrations: MixedList<Function>,
): Promise<string[]> {
  const dataSource = new DataSource({ ...dataSourceOptions(config, url, migrations), logging: ['error'] });
  await dataSource.initialize();
  try {
    // One migrator at a time across replicas; the lock is released with the session.
    await dataSource.query('SELECT pg_advisory_lock(hashtext($1))', ['wsp-crm-migrations']);
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    if (applied.length > 0) new Logger('Migrations').log(`Applied ${applied.map((m) => m.name).join(', ')}`);
    return applied.map((m) => m.name);
  } finally {
    await dataSource.destroy();
  }
}
