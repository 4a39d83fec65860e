import { Propagation, runWithDeadline, Transactions } from '@wsp/platform';
import { Client } from 'pg';
import { createEmployer } from '../factories/employer.factory';
import { TestApp } from '../support/test-app';
import { testDatabaseUrl } from '../support/test-database';
import { graphql } from '../gql';

const AM = 'accountmanager@uwv.demo';
const UPDATE = graphql(`
  mutation RequestDeadlineUpdateEmployer($input: UpdateEmployerInput!) {
    updateEmployer(input: $input) {
      id
      legalName
      version
    }
  }
`);
const DEADLINE_MS = 1500;

/**
 * A request's writes end by its deadline: a write held up past it (here by a lock; in production by a database
 * link gone silent) is rolled back and answered SERVICE_UNAVAILABLE, and is not committed later when the way clears.
 */
describe('the request deadline', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await TestApp.start({ REQUEST_DEADLINE_MS: String(DEADLINE_MS), RUN_WORKERS: 'false' });
  });
  afterAll(() => app.close());

  const stored = async (id: string) =>
    (
      (await app.dataSource.query('SELECT legal_name, version FROM employer WHERE id = $1', [id])) as {
        legal_name: string;
        version: number;
      }[]
    )[0];

  it('saves a write that is done within the deadline, as always', async () => {
    const employer = await createEmployer(app, AM);
    const response = await app.graphql(
      UPDATE,
      { input: { id: employer.id, version: employer.version, legalName: 'Snel B.V.' } },
      { as: AM },
    );
    expect(response.errors).toBeUndefined();
    expect((await stored(employer.id)).legal_name).toBe('Snel B.V.');
  });

  it('rolls back a write held up past the deadline, says so, and never commits it later', async () => {
    const employer = await createEmployer(app, AM);
    const blocker = new Client({ connectionString: testDatabaseUrl() });
    await blocker.connect();
    try {
      await blocker.query('BEGIN');
      await blocker.query('SELECT 1 FROM employer WHERE id = $1 FOR UPDATE', [employer.id]);
      const started = Date.now();
      const response = await app.graphql(
        UPDATE,
        { input: { id: employer.id, version: employer.version, legalName: 'Te laat B.V.' } },
        { as: AM },
      );
      const tookMs = Date.now() - started;
      expect(response.status).toBe(503);
      expect(response.errors?.[0].extensions?.code).toBe('SERVICE_UNAVAILABLE');
      expect(response.errors?.[0].message).toMatch(/took too long and nothing of it was saved/);
      // Answered at the deadline, not when the lock goes.
      expect(tookMs).toBeGreaterThanOrEqual(DEADLINE_MS - 200);
      expect(tookMs).toBeLessThan(DEADLINE_MS + 3000);
    } finally {
      await blocker.query('ROLLBACK');
      await blocker.end();
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await stored(employer.id)).toMatchObject({ version: employer.version });
    expect((await stored(employer.id)).legal_name).not.toBe('Te laat B.V.');
  });

  it('never adds a note later that waited past the deadline for a lock on its employer', async () => {
    const employer = await createEmployer(app, AM);
    const text = 'Notitie die te laat kwam';
    const blocker = new Client({ connectionString: testDatabaseUrl() });
    await blocker.connect();
    try {
      await blocker.query('BEGIN');
      // FOR UPDATE: the note's reference to its employer waits for this (a merge holds such a lock).
      await blocker.query('SELECT 1 FROM employer WHERE id = $1 FOR UPDATE', [employer.id]);
      const response = await app.graphql(
        graphql(`
          mutation RequestDeadlineAddEmployerNote($input: AddEmployerNoteInput!) {
            addEmployerNote(input: $input) {
              id
            }
          }
        `),
        { input: { employerId: employer.id, text } },
        { as: AM },
      );
      expect(response.status).toBe(503);
      expect(response.errors?.[0].extensions?.code).toBe('SERVICE_UNAVAILABLE');
    } finally {
      await blocker.query('ROLLBACK');
      await blocker.end();
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
    const [{ n }] = await app.dataSource.query(
      'SELECT count(*)::int AS n FROM employer_timeline_entry WHERE employer_id = $1 AND text = $2',
      [employer.id, text],
    );
    expect(n).toBe(0);
  });

  it("sets a transaction's deadline once: a savepoint within it keeps the time left at its start", async () => {
    const transactions = app.running.app.get(Transactions);
    const timeout = async () =>
      Number(
        (
          (await transactions.tx.query("SELECT setting FROM pg_settings WHERE name = 'statement_timeout'")) as {
            setting: string;
          }[]
        )[0].setting,
      );
    const [outer, savepoint] = await runWithDeadline(Date.now() + 60_000, () =>
      transactions.withTransaction(async () => {
        const atStart = await timeout();
        // Long enough for a second set_config to give a visibly smaller time left.
        await new Promise((resolve) => setTimeout(resolve, 1_100));
        return [atStart, await transactions.withTransaction(Propagation.Nested, timeout)];
      }),
    );
    // In milliseconds: the minute left when the transaction began.
    expect(outer).toBeGreaterThan(55_000);
    expect(outer).toBeLessThanOrEqual(60_000);
    expect(savepoint).toBe(outer);
  });

  it('leaves background work without a deadline: a job is no request', async () => {
    const [row]: { timeout: string }[] = await app.dataSource.transaction((manager) =>
      manager.query("SELECT current_setting('statement_timeout') AS timeout"),
    );
    expect(row.timeout).toBe('0');
  });
});
