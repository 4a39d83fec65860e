import { Query, type QueryArrayConfig } from 'pg';
import type { EntityManager } from 'typeorm';

/**
 * Runs `sql` and hands each row, as an array of column values, to `visit` while the rows arrive: the caller's
 * work overlaps the server's and no result set is held in memory. Uses the transaction of `manager` when it
 * has one. A throw from `visit` ends the statement's reading and rejects. Resolves with the number of rows.
 */
export async function streamRows(
  manager: EntityManager,
  sql: string,
  params: unknown[],
  visit: (row: unknown[]) => void,
): Promise<number> {
  const runner = manager.queryRunner ?? manager.connection.createQueryRunner();
  const ownRunner = runner !== manager.queryRunner;
  try {
    const client = (await runner.connect()) as { query(query: Query): Query };
    return await new Promise<number>((resolve, reject) => {
      let rows = 0;
      let failure: unknown;
      const config: QueryArrayConfig = { text: sql, values: params, rowMode: 'array' };
      const query = new Query(config);
      // Listening before the statement is sent keeps the driver from also collecting the rows.
      query.on('row', (row: unknown[]) => {
        if (failure !== undefined) return;
        try {
          visit(row);
          rows += 1;
        } catch (error) {
          failure = error;
        }
      });
      query.on('error', reject);
      query.on('end', () => (failure === undefined ? resolve(rows) : reject(failure)));
      client.query(query);
    });
  } finally {
    if (ownRunner) await runner.release();
  }
}
