import { sharedSelect } from '@wsp/platform';
import { statementsDuring } from '../support/statements';
import { TestApp } from '../support/test-app';

/** The SQL texts of shared statements sent while `work` runs (the queue backend may query meanwhile). */
async function sharedStatementsDuring<T>(work: () => Promise<T>): Promise<{ result: T; statements: string[] }> {
  const { result, statements } = await statementsDuring(work);
  return { result, statements: statements.map(({ text }) => text).filter((sql) => sql.includes('json_agg(q)')) };
}

const NUMBERS = `SELECT n, n * $2 AS scaled, timestamptz '2026-01-01T00:00:00Z' + n * interval '1 day' AS at
                   FROM generate_series(1, $1) n ORDER BY n DESC`;

describe('sharedSelect', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await TestApp.start({ RUN_WORKERS: 'false' });
  });
  afterAll(() => app.close());

  it('runs the selects of one batch as one statement, each with its own parameters, order and dates', async () => {
    const batch = {};
    const { result, statements } = await sharedStatementsDuring(() =>
      Promise.all([
        sharedSelect<{ n: number; scaled: number; at: Date }>(app.dataSource, batch, NUMBERS, [3, 10], ['at']),
        sharedSelect<{ n: number; scaled: number }>(app.dataSource, batch, NUMBERS, [2, 100]),
      ]),
    );
    expect(statements).toHaveLength(1);
    const [first, second] = result;
    expect(first.map((row) => [row.n, row.scaled])).toEqual([
      [3, 30],
      [2, 20],
      [1, 10],
    ]);
    expect(first[0].at).toEqual(new Date('2026-01-04T00:00:00Z'));
    expect(second.map((row) => row.scaled)).toEqual([200, 100]);
  });

  it('keeps different batches apart and returns an empty list for no rows', async () => {
    const { result, statements } = await sharedStatementsDuring(() =>
      Promise.all([
        sharedSelect(app.dataSource, {}, NUMBERS, [0, 1]),
        sharedSelect(app.dataSource, {}, NUMBERS, [1, 1]),
      ]),
    );
    expect(statements).toHaveLength(2);
    expect(result[0]).toEqual([]);
    expect(result[1]).toHaveLength(1);
  });

  it('rejects every select of a batch when the statement fails', async () => {
    const batch = {};
    const outcomes = await Promise.allSettled([
      sharedSelect(app.dataSource, batch, NUMBERS, [1, 1]),
      sharedSelect(app.dataSource, batch, 'SELECT 1 / $1::int AS broken', [0]),
    ]);
    expect(outcomes.map((outcome) => outcome.status)).toEqual(['rejected', 'rejected']);
  });
});
