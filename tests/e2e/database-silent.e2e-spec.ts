import { Client } from 'pg';
import { createEmployer } from '../factories/employer.factory';
import { TcpProxy } from '../support/tcp-proxy';
import { TestApp } from '../support/test-app';
import { testDatabaseUrl } from '../support/test-database';
import { graphql } from '../gql';

const AM = 'accountmanager@uwv.demo';
const DEADLINE_MS = 2000;
const NOTE = graphql(`
  mutation DatabaseSilentAddEmployerNote($input: AddEmployerNoteInput!) {
    addEmployerNote(input: $input) {
      id
    }
  }
`);

/**
 * The database reached through a link that goes silent (no refusal, no answer, as when a network path dies): the
 * API answers every request by its deadline instead of hanging until the link is back, and a write it answered
 * that way is never committed later, when the held bytes arrive. Once the link is back the API serves again by
 * itself.
 */
describe('the database link gone silent', () => {
  let proxy: TcpProxy;
  let app: TestApp;
  let direct: Client;

  beforeAll(async () => {
    const database = new URL(testDatabaseUrl());
    // Over TCP, also where the test database is reached by its socket (the embedded server listens on both).
    const host = database.hostname === 'localhost' ? '127.0.0.1' : database.hostname;
    proxy = new TcpProxy(host, Number(database.port || 5432));
    await proxy.start();
    const proxied = new URL(database);
    proxied.host = `127.0.0.1:${proxy.port}`;
    proxied.searchParams.delete('host');
    app = await TestApp.start({
      DATABASE_URL: proxied.toString(),
      REQUEST_DEADLINE_MS: String(DEADLINE_MS),
      RUN_WORKERS: 'false',
      DATABASE_CONNECT_TIMEOUT_MS: '5000', // the production default: a silent link is given up on as in production
    });
    direct = new Client({ connectionString: testDatabaseUrl() });
    await direct.connect();
  });
  afterAll(async () => {
    proxy?.pass();
    await direct?.end();
    await app?.close();
    await proxy?.stop();
  });

  const timed = async <T>(work: () => Promise<T>): Promise<[T, number]> => {
    const started = Date.now();
    const result = await work();
    return [result, Date.now() - started];
  };

  it('answers reads and writes by the deadline, never commits the writes later, and serves again once it is back', async () => {
    const employer = await createEmployer(app, AM);
    const token = await app.tokenFor(AM);
    const text = `Gesprek over de stilte ${employer.id.replace(/[^a-f]/g, '')}`;
    const notesSaved = async () =>
      (
        await direct.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM employer_timeline_entry WHERE employer_id = $1 AND text = $2`,
          [employer.id, text],
        )
      ).rows[0].n;

    proxy.silent();
    const [[read, readMs], [write, writeMs]] = await Promise.all([
      timed(() =>
        app.graphql(
          graphql(`
            query DatabaseSilentEmployer($id: ID!) {
              employer(id: $id) {
                id
              }
            }
          `),
          { id: employer.id },
          { token },
        ),
      ),
      timed(() => app.graphql(NOTE, { input: { employerId: employer.id, text } }, { token })),
    ]);
    for (const [response, ms] of [
      [read, readMs],
      [write, writeMs],
    ] as const) {
      expect(response.status).toBe(503);
      expect(response.errors?.[0].extensions?.code).toBe('SERVICE_UNAVAILABLE');
      expect(ms).toBeLessThan(DEADLINE_MS + 1500);
    }

    // The link stays silent past the deadline, then passes what it held.
    await new Promise((resolve) => setTimeout(resolve, DEADLINE_MS));
    proxy.pass();
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(await notesSaved()).toBe(0);

    const deadline = Date.now() + 15_000;
    for (;;) {
      const again = await app.graphql(NOTE, { input: { employerId: employer.id, text } }, { token });
      if (!again.errors) break;
      if (Date.now() > deadline) throw new Error(`the API did not serve again: ${JSON.stringify(again.errors)}`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    expect(await notesSaved()).toBe(1);
  }, 60_000);
});
