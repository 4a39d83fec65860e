import { Client } from 'pg';

/** Creates a database on the server behind `serverUrl` unless it exists; returns the URL of the new database. */
export async function ensureDatabase(serverUrl: string, name: string, { recreate = false } = {}): Promise<string> {
  const client = new Client({ connectionString: serverUrl, connectionTimeoutMillis: 5000 });
  await client.connect();
  try {
    const quoted = client.escapeIdentifier(name);
    if (recreate) await client.query(`DROP DATABASE IF EXISTS ${quoted} WITH (FORCE)`);
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!rowCount) await client.query(`CREATE DATABASE ${quoted}`);
  } finally {
    await client.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}
