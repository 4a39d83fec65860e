import { DemoSeedService } from '@wsp/directory';
import { migrations } from '@wsp/migrations';
import { dataSourceOptions, ensureDatabase, loadConfig, runMigrations } from '@wsp/platform';
import { DataSource } from 'typeorm';

/** Creates database `name` on the server afresh, migrates it and seeds the demo data; returns its URL. */
export async function prepareDatabase(serverUrl: string, name: string): Promise<string> {
  const url = await ensureDatabase(serverUrl, name, { recreate: true });
  const config = loadConfig({ NODE_ENV: 'test', DATABASE_URL: url });
  await runMigrations(config, url, migrations);
  const dataSource = await new DataSource(dataSourceOptions(config, url, migrations)).initialize();
  try {
    await new DemoSeedService(dataSource).seed();
  } finally {
    await dataSource.destroy();
  }
  return url;
}
