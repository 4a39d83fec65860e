import { createHash } from 'node:crypto';
import type { PoolClient } from 'pg';
import { DataSource, QueryFailedError } from 'typeorm';

/**
 * `dataSource.query` as a named prepared statement: each connection parses and plans it once and then reuses
 * the plan, where an unnamed statement is planned on every call (1-2 ms for the relation batch of a page).
 * For the fixed statements every request runs; never for a text whose placeholders vary in number, since each
 * distinct text stays prepared on its connection. Errors are TypeORM's, so pg-errors reads them as usual.
 */
export async function preparedQuery<T>(dataSource: DataSource, sql: string, params: unknown[]): Promise<T[]> {
  const runner = dataSource.createQueryRunner();
  try {
    const client = (await runner.connect()) as PoolClient;
    try {
      const result = await client.query({ name: statementName(sql), text: sql, values: params });
      return result.rows as T[];
    } catch (error) {
      throw new QueryFailedError(sql, params, error as Error);
    }
  } finally {
    await runner.release();
  }
}

const names = new Map<string, string>();

/** A name per text (pg refuses one name for two texts); remembered, so hashing happens once per text. */
function statementName(sql: string): string {
  let name = names.get(sql);
  if (name === undefined) {
    name = `wsp_${createHash('sha256').update(sql).digest('hex').slice(0, 32)}`;
    if (names.size < 10_000) names.set(sql, name);
  }
  return name;
}
