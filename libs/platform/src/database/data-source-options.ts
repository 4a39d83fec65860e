import type { DataSourceOptions, MixedList } from 'typeorm';
import { AppConfig } from '../config/app-config';

/** Options shared by the app, the CLI and the tests: one pg pool, explicit migrations, never synchronize. */
export function dataSourceOptions(config: AppConfig, url: string, migrations: MixedList<Function>): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    synchronize: false,
    migrationsRun: false,
    migrations,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    connectTimeoutMS: config.database.connectTimeoutMs,
    poolSize: config.database.poolSize,
    applicationName: 'wsp-crm',
    // Not 'error' or 'query': TypeORM would log the statements' parameters, which can hold personal data.
    logging: ['migration'],
  };
}
