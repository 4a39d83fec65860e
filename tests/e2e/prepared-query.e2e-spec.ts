import { isUniqueViolation, MAX_PREPARED_TEXTS, preparedQuery } from '@wsp/platform';
import { DataSource, DataSourceOptions, QueryFailedError } from 'typeorm';
import { TestApp } from '../support/test-app';

describe('preparedQuery', () => {
  let app: TestApp;
  // One connection, so every statement below meets the same session's prepared statements.
  let single: DataSource;
  const prepared = async (): Promise<string[]> =>
    (
      await preparedQuery<{ statement: string }>(
        single,
        "SELECT statement FROM pg_prepared_statements WHERE name LIKE 'wsp\\_%' ORDER BY statement",
        [],
      )
    ).map((row) => row.statement);

  beforeAll(async () => {
    app = await TestApp.start({ RUN_WORKERS: 'false' });
    const options = { ...app.dataSource.options, poolSize: 1, entities: [], migrations: [] } as DataSourceOptions;
    single = await new DataSource(options).initialize();
  });
  afterAll(async () => {
    await single.destroy();
    await app.close();
  });

  it('prepares a text once per connection and runs it again by name', async () => {
    const sql = 'SELECT $1::int * 2 AS doubled';
    expect(await preparedQuery(single, sql, [4])).toEqual([{ doubled: 8 }]);
    expect(await preparedQuery(single, sql, [5])).toEqual([{ doubled: 10 }]);
    expect((await prepared()).filter((statement) => statement === sql)).toHaveLength(1);
  });

  it("fails as TypeORM's queries do, so the database error helpers read it", async () => {
    await single.query('CREATE TEMPORARY TABLE once (id int PRIMARY KEY)');
    await preparedQuery(single, 'INSERT INTO once VALUES ($1)', [1]);
    const failure = await preparedQuery(single, 'INSERT INTO once VALUES ($1)', [1]).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(QueryFailedError);
    expect(isUniqueViolation(failure)).toBe(true);
  });

  it(`prepares at most ${MAX_PREPARED_TEXTS} texts and runs the others unprepared`, async () => {
    for (let n = 0; n < MAX_PREPARED_TEXTS + 20; n++) {
      expect(await preparedQuery(single, `SELECT ${n} AS n`, [])).toEqual([{ n }]);
    }
    const statements = await prepared();
    expect(statements.length).toBeLessThanOrEqual(MAX_PREPARED_TEXTS);
    expect(statements).not.toContain(`SELECT ${MAX_PREPARED_TEXTS + 19} AS n`);
  });
});
