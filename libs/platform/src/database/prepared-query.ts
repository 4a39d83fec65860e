import { createHash } from 'node:crypto';
import type { PoolClient } from 'pg';
import { DataSource, QueryFailedError, QueryRunner } from 'typeorm';

/**
 * `dataSource.query` as a named prepared statement: each connection parses and plans it once and then reuses
 * the plan, where an unnamed statement is planned on every call (1-2 ms for the relation batch of a page).
 * For the statements every request runs; never for a text whose placeholders vary in number. Each distinct
 * text stays prepared on its connection, hence {@link MAX_PREPARED_TEXTS}. Errors are TypeORM's, so pg-errors
 * reads them as usual.
 */
export async function preparedQuery<T>(
  dataSource: DataSource,
  sql: string,
  params: unknown[],
  { holdFor, heldBy }: ConnectionReuse = {},
): Promise<T[]> {
  const runner = (heldBy && takeHeld(heldBy)) || dataSource.createQueryRunner();
  let kept = false;
  try {
    const client = (await runner.connect()) as PoolClient;
    try {
      const name = statementName(sql);
      const result = await client.query(name ? { name, text: sql, values: params } : { text: sql, values: params });
      if (holdFor) kept = hold(holdFor, runner);
      return result.rows as T[];
    } catch (error) {
      throw new QueryFailedError(sql, params, error as Error);
    }
  } finally {
    if (!kept) await runner.release();
  }
}

/**
 * A request whose next statement follows from this one's rows (a list page, then its relations) keeps the
 * connection for it (`holdFor`), and that statement takes it (`heldBy`): it need not queue for the pool a second
 * time behind every other request. Kept only until the event loop turns twice; unclaimed, it goes back to the pool.
 */
export interface ConnectionReuse {
  holdFor?: object;
  heldBy?: object;
}

const held = new WeakMap<object, QueryRunner>();

function hold(owner: object, runner: QueryRunner): boolean {
  if (held.has(owner)) return false;
  held.set(owner, runner);
  // The statement it is kept for is sent once its loaders have dispatched, at the latest in this turn's check
  // phase (setImmediate): unclaimed by the next turn's, it goes back.
  setImmediate(() =>
    setImmediate(() => {
      if (held.get(owner) !== runner) return;
      held.delete(owner);
      void runner.release();
    }),
  );
  return true;
}

/** Whether `owner` has a connection kept for its next statement. */
export function holdsConnection(owner: object): boolean {
  return held.has(owner);
}

function takeHeld(owner: object): QueryRunner | undefined {
  const runner = held.get(owner);
  held.delete(owner);
  return runner;
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
