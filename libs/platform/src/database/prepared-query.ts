import { createHash } from 'node:crypto';
import { Client, type PoolClient } from 'pg';
import { DataSource, QueryFailedError } from 'typeorm';

/**
 * `dataSource.query` as a named prepared statement: each connection parses and plans it once and then reuses
 * the plan, where an unnamed statement is planned on every call (1-2 ms for the relation batch of a page).
 * For the statements every request runs; never for a text whose placeholders vary in number. Each distinct
 * text stays prepared on its connection, hence {@link MAX_PREPARED_TEXTS}. Errors are TypeORM's, so pg-errors
 * reads them as usual.
 */
export async function preparedQuery<T>(dataSource: DataSource, sql: string, params: unknown[]): Promise<T[]> {
  const runner = dataSource.createQueryRunner();
  try {
    const client = (await runner.connect()) as PoolClient;
    try {
      const name = statementName(sql);
      const result = await client.query(name ? { name, text: sql, values: params } : { text: sql, values: params });
      return result.rows as T[];
    } catch (error) {
      throw new QueryFailedError(sql, params, error as Error);
    }
  } finally {
    await runner.release();
  }
}

/**
 * Distinct texts prepared at most, per process and so per connection: a client's choice of fields shapes some
 * texts (column projections), and every prepared text holds server memory on each connection. Beyond this,
 * new texts run unprepared.
 */
export const MAX_PREPARED_TEXTS = 200;
const names = new Map<string, string>();

/** A name per text (pg refuses one name for two texts), or undefined once MAX_PREPARED_TEXTS are named. */
function statementName(sql: string): string | undefined {
  let name = names.get(sql);
  if (name === undefined && names.size < MAX_PREPARED_TEXTS) {
    name = `wsp_${createHash('sha256').update(sql).digest('hex').slice(0, 32)}`;
    names.set(sql, name);
  }
  return name;
}

/**
 * Leading a statement's text, keeps it unnamed: planned for its own parameters on every call. For reports, whose
 * date ranges and groupings want a plan of their own (a generic plan made the placement report 1.7x slower).
 */
export const PLANNED_PER_CALL = '/* planned per call */ ';

/**
 * The pool's client (pg-pool's `Client` option): every statement with parameters runs as a named prepared
 * statement, as {@link preparedQuery} does, also inside transactions and behind TypeORM's repositories. Under load
 * this took planning from 9 to 4 s a minute and PostgreSQL from 0.62 to 0.54 cores (bench:load).
 */
export class PreparingClient extends Client {
  override query(...args: unknown[]): never {
    const [text, values, ...rest] = args;
    const name =
      typeof text === 'string' && Array.isArray(values) && values.length > 0 && !text.startsWith(PLANNED_PER_CALL)
        ? statementName(text)
        : undefined;
    const query = super.query as (...queryArgs: unknown[]) => never;
    return name ? query.call(this, { name, text, values }, ...rest) : query.apply(this, args);
  }
}
