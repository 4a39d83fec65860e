import { streamRows } from '@wsp/platform';
import { TestApp } from '../support/test-app';

const NUMBERS = 'SELECT n, n * $2 AS scaled FROM generate_series(1, $1) n ORDER BY n';

describe('streamRows', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await TestApp.start({ RUN_WORKERS: 'false' });
  });
  afterAll(() => app.close());

  it('hands every row to the visitor in order, as column values, and counts them', async () => {
    const rows: unknown[][] = [];
    const count = await streamRows(app.dataSource.manager, NUMBERS, [2500, 3], (row) => rows.push(row));
    expect(count).toBe(2500);
    expect(rows[0]).toEqual([1, 3]);
    expect(rows.at(-1)).toEqual([2500, 7500]);
    expect(rows.every((row, index) => row[0] === index + 1)).toBe(true);
  });

  it('gives its connection back each time (more runs than the pool has connections)', async () => {
    for (let run = 0; run < 3 * app.config.database.poolSize; run++) {
      await streamRows(app.dataSource.manager, NUMBERS, [1, 1], () => undefined);
    }
    const [{ one }] = await app.dataSource.query('SELECT 1 AS one');
    expect(one).toBe(1);
  });

  it("reads inside the caller's transaction", async () => {
    const seen = await app.dataSource.transaction(async (manager) => {
      await manager.query('CREATE TEMPORARY TABLE streamed (n int) ON COMMIT DROP');
      await manager.query('INSERT INTO streamed SELECT generate_series(1, 5)');
      const values: unknown[] = [];
      await streamRows(manager, 'SELECT n FROM streamed ORDER BY n', [], ([n]) => values.push(n));
      return values;
    });
    expect(seen).toEqual([1, 2, 3, 4, 5]);
  });

  it("rejects with the visitor's error, visits nothing after it, and leaves the transaction usable", async () => {
    const visited: unknown[] = [];
    const after = await app.dataSource.transaction(async (manager) => {
      await expect(
        streamRows(manager, NUMBERS, [100, 1], ([n]) => {
          visited.push(n);
          if (n === 3) throw new Error('visitor failed at 3');
        }),
      ).rejects.toThrow('visitor failed at 3');
      const [{ one }] = await manager.query('SELECT 1 AS one');
      return one;
    });
    expect(visited).toEqual([1, 2, 3]);
    expect(after).toBe(1);
  });

  it("rejects with the database's error", async () => {
    await expect(streamRows(app.dataSource.manager, 'SELECT 1 / $1::int', [0], () => undefined)).rejects.toThrow(
      'division by zero',
    );
  });
});
