import { types } from 'pg';
import type { DataSourceOptions, MixedList } from 'typeorm';
import { AppConfig } from '../config/app-config';

// A calendar date stays the string PostgreSQL sends ('2027-02-01'): as a JS Date it would become local midnight
// and shift a day in another time zone; TypeORM's own hydration returns the same string.
types.setTypeParser(types.builtins.DATE, (value: string) => value);

/** Options shared by the app, the CLI and the tests: one pg pool (two with a replica), explicit migrations. */
export function dataSourceOptions(config: AppConfig, url: string, migrations: MixedList<Function>): DataSourceOptions {
  return {
    type: 'postgres',
    // With a replica, statements still go to the primary unless a caller asks for a 'slave' query runner (reports).
    ...(config.database.replicaUrl
      ? { replication: { master: { url }, slaves: [{ url: config.database.replicaUrl }], defaultMode: 'master' } }
      : { url }),
    synchronize: false,
    migrationsRun: false,
    migrations,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    connectTimeoutMS: config.database.connectTimeoutMs,
    poolSize: config.database.poolSize,
    applicationName: 'wsp-crm',
    // JIT off for every session: these statements run in milliseconds, and compiling a plan (PostgreSQL does it
    // above jit_above_cost, which a report or a candidate scan can reach) takes longer than it saves.
    // TCP keepalive: a database link that died without a word (a cut cable, a silent proxy) is noticed by the pool
    // instead of lingering; a request's own transactions end by its deadline (see request-deadline.ts).
    extra: {
      options: '-c jit=off',
      keepAlive: true,
      keepAliveInitialDelayMillis: 10_000,
    },
    // Not 'error' or 'query': TypeORM would log the statements' parameters, which can hold personal data.
    logging: ['migration'],
  };
}
