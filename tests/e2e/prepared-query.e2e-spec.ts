import { EmployerEntity } from '@wsp/employers';
import { cachedPlainSelect, findById, isUniqueViolation, MAX_PREPARED_TEXTS, preparedQuery } from '@wsp/platform';
import { randomUUID } from 'node:crypto';
import { DataSource, DataSourceOptions, QueryFailedError } from 'typeorm';
import { createEmployer } from '../factories/employer.factory';
import { statementsDuring } from '../support/statements';
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

  it("keeps a request's connection for its next statement, ahead of the pool's queue, and only briefly", async () => {
    const request = {};
    const finished: string[] = [];
    const [{ pid }] = await preparedQuery<{ pid: number }>(single, 'SELECT pg_backend_pid() AS pid', [], {
      holdFor: request,
    });
    // The pool's one connection is held: another caller queues, the request's next statement goes first.
    const other = preparedQuery(single, 'SELECT 1 AS other', []).then(() => finished.push('other'));
    const next = preparedQuery<{ pid: number }>(single, 'SELECT pg_backend_pid() AS pid', [], { heldBy: request });
    expect(await next.then((rows) => (finished.push('next'), rows))).toEqual([{ pid }]);
    await other;
    expect(finished).toEqual(['next', 'other']);

    // Unclaimed, it goes back to the pool once the event loop has turned twice.
    await preparedQuery(single, 'SELECT 1', [], { holdFor: {} });
    await expect(preparedQuery(single, 'SELECT 2 AS two', [])).resolves.toEqual([{ two: 2 }]);
  });

  it("fails as TypeORM's queries do, so the database error helpers read it", async () => {
    await single.query('CREATE TEMPORARY TABLE once (id int PRIMARY KEY)');
    await preparedQuery(single, 'INSERT INTO once VALUES ($1)', [1]);
    const failure = await preparedQuery(single, 'INSERT INTO once VALUES ($1)', [1]).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(QueryFailedError);
    expect(isUniqueViolation(failure)).toBe(true);
  });

  it("builds a select once per key and runs its text with each call's values, each in its place", async () => {
    const employers = app.dataSource.getRepository(EmployerEntity);
    const [a, b] = [
      await createEmployer(app, 'accountmanager@groningen.demo'),
      await createEmployer(app, 'accountmanager@uwv.demo'),
    ];
    let builds = 0;
    const select = (values: Record<string, unknown>) =>
      cachedPlainSelect(app.dataSource, {
        key: 'test.employers-by-kvk-and-id',
        build: (markers) => {
          builds += 1;
          // The parameters appear in another order than the values name them.
          return employers.createQueryBuilder('e').where('e.kvk_number = ANY(:kvk) AND e.id = ANY(:ids)', markers);
        },
        values,
      });
    const read = async (values: Record<string, unknown>) => {
      const plain = select(values);
      return plain.toEntities(await plain.run(plain.sql, plain.params)).map((e) => e.id);
    };
    expect(await read({ ids: [a.id, b.id], kvk: [a.kvkNumber] })).toEqual([a.id]);
    expect(await read({ ids: [a.id, b.id], kvk: [b.kvkNumber] })).toEqual([b.id]);
    expect(builds).toBe(1);
  });

  // Before the next test, which uses up the process's names for prepared texts.
  it('finds an entity by id as TypeORM does, prepared, and inside a transaction on its connection', async () => {
    const employers = app.dataSource.getRepository(EmployerEntity);
    const { id } = await createEmployer(app, 'accountmanager@groningen.demo');
    const { result: found, statements } = await statementsDuring(() => findById(employers, id));
    expect(found).toEqual({ ...(await employers.findOneBy({ id }))! });
    expect(statements).toEqual([expect.objectContaining({ name: expect.stringMatching(/^wsp_/), values: [id] })]);
    expect(await findById(employers, randomUUID())).toBeNull();

    // A row the transaction itself just changed is only visible on the transaction's own connection.
    await app.dataSource.transaction(async (manager) => {
      await manager.query('UPDATE employer SET website = $2 WHERE id = $1', [id, 'https://werkgever.example']);
      const inside = await findById(manager.getRepository(EmployerEntity), id);
      expect(inside?.website).toBe('https://werkgever.example');
      await manager.query('UPDATE employer SET website = NULL WHERE id = $1', [id]);
    });
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
