import { Logger } from '@nestjs/common';
import { SNAPSHOT_LOST } from '@wsp/placements';
import { randomUUID } from 'node:crypto';
import type { Socket } from 'node:net';
import { Client } from 'pg';
import { createReportRegion, dropReportRegion, ReportRegion } from '../factories/report-region.factory';
import { onlyError, TestApp } from '../support/test-app';
import { graphql } from '../gql';

/**
 * The report reader, whatever the report: one read-only snapshot per report on its own connection, ended before
 * the connection serves anyone else or closes, and on the read replica when one is configured. The figures of each
 * report are in the reports-*.e2e-spec.ts files, over the region of tests/support/report-world.ts.
 */

const FROM = '2024-01-01';
const TO = '2024-12-31';
const PLACEMENT_REPORT = graphql(`
  query ReportReaderPlacementReport($input: PlacementReportInput!) {
    placementReport(input: $input) {
      total {
        value
        suppressed
        display
      }
    }
  }
`);

describe('a report on a pool of one connection', () => {
  let app: TestApp;
  let region: ReportRegion;
  beforeAll(async () => {
    app = await TestApp.start({ DATABASE_POOL_SIZE: '1', RUN_WORKERS: 'false' });
    region = await createReportRegion(app.dataSource);
  });
  afterAll(async () => {
    await dropReportRegion(app.dataSource, region);
    await app.close();
  });

  it("ends its snapshot before the connection's next user runs anything", async () => {
    // Asked for the one connection the moment the report opens its snapshot on it: it waits for the report.
    let next: Promise<unknown> | undefined;
    await withQueriesThrough(
      (sql, send) => {
        const result = send();
        if (!next && String(sql).startsWith('BEGIN ISOLATION LEVEL REPEATABLE READ')) {
          next = app.dataSource.query('SHOW transaction_isolation');
        }
        return result;
      },
      () => readPlacementTotal(app, region),
    );
    expect(next).toBeDefined();
    expect(await next).toEqual([{ transaction_isolation: 'read committed' }]);
    expect(await app.dataSource.query('SELECT pg_current_xact_id_if_assigned() AS xid')).toEqual([{ xid: null }]);
  });

  it('logs a snapshot end lost with its connection, and the pool serves the next user on a new connection', async () => {
    const warned = jest.spyOn(Logger.prototype, 'warn');
    try {
      // The connection breaks just as the report ends its snapshot: the COMMIT goes to a closed socket.
      // Only the report's own connection: the process's other clients (the queue's) commit meanwhile too.
      let reports: Client | undefined;
      await withQueriesThrough(
        (sql, send, client) => {
          if (sql === 'BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY') reports = client;
          if (sql === 'COMMIT' && client === reports) {
            (client as unknown as { connection: { stream: Socket } }).connection.stream.destroy();
          }
          return send();
        },
        () => readPlacementTotal(app, region),
      );
      const lost = () => warned.mock.calls.filter(([, message]) => message === SNAPSHOT_LOST);
      for (let waited = 0; lost().length === 0 && waited < 2000; waited += 10) {
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      expect(lost()).toEqual([[{ error: 'Connection terminated unexpectedly' }, SNAPSHOT_LOST]]);
    } finally {
      warned.mockRestore();
    }
    expect(await app.dataSource.query('SELECT 1 AS answer')).toEqual([{ answer: 1 }]);
  });
});

describe('a report just before shutdown', () => {
  let primary: TestApp;
  let region: ReportRegion;
  beforeAll(async () => {
    primary = await TestApp.start({ RUN_WORKERS: 'false' });
    region = await createReportRegion(primary.dataSource);
  });
  afterAll(async () => {
    await dropReportRegion(primary.dataSource, region);
    await primary.close();
  });

  it('ends its snapshot before the pool closes its connection', async () => {
    const app = await TestApp.start({ RUN_WORKERS: 'false' });
    const warned = jest.spyOn(Logger.prototype, 'warn');
    // The snapshot's end is held back until the pool starts closing, or a second has passed (shutdown waits).
    let sendCommit!: () => void;
    const held = new Promise<void>((resolve) => {
      sendCommit = resolve;
      setTimeout(resolve, 1000);
    });
    type Pool = { end(done?: (error?: Error) => void): Promise<void> | void };
    const pool = (app.dataSource.driver as unknown as { master: Pool }).master;
    const poolEnd = pool.end.bind(pool);
    const ending = jest.spyOn(pool, 'end').mockImplementation((done) => {
      sendCommit();
      return poolEnd(done);
    });
    let committed: Promise<unknown> | undefined;
    try {
      await withQueriesThrough(
        (sql, send) => (sql === 'COMMIT' ? (committed = held.then(send)) : send()),
        async () => {
          await readPlacementTotal(app, region);
          await app.close();
        },
      );
      expect(committed).toBeDefined();
      await expect(committed).resolves.toMatchObject({ command: 'COMMIT' });
      expect(warned).not.toHaveBeenCalledWith(expect.anything(), SNAPSHOT_LOST);
    } finally {
      ending.mockRestore();
      warned.mockRestore();
    }
  });
});

/** Runs `work` with every statement pg sends going through `intercept`, which sends it with `send`. */
async function withQueriesThrough<T>(
  intercept: (sql: unknown, send: () => Promise<unknown>, client: Client) => unknown,
  work: () => Promise<T>,
): Promise<T> {
  const query = Client.prototype.query;
  const spy = jest.spyOn(Client.prototype, 'query').mockImplementation(function (this: Client, ...args: unknown[]) {
    return intercept(args[0], () => (query as (...a: unknown[]) => Promise<unknown>).apply(this, args), this);
  } as typeof query);
  try {
    return await work();
  } finally {
    spy.mockRestore();
  }
}

/** The region's placement report over the test period, as its director: it must answer without errors. */
async function readPlacementTotal(app: TestApp, region: ReportRegion): Promise<void> {
  const report = await app.graphql(
    PLACEMENT_REPORT,
    { input: { regionCode: region.code, from: FROM, to: TO, groupBy: [] } },
    { as: region.director.email },
  );
  expect(report.errors).toBeUndefined();
}

describe('reports on a read replica (DATABASE_REPLICA_URL)', () => {
  // The "replica" is the same database reached as a role that may only read: a report that works proves it
  // read there, a write that works proves writes still go to the primary.
  const reader = `wsp_report_reader_${randomUUID().slice(0, 8)}`;
  let primary: TestApp;
  let app: TestApp;
  let region: ReportRegion;

  beforeAll(async () => {
    primary = await TestApp.start();
    region = await createReportRegion(primary.dataSource);
    const [{ database }] = await primary.dataSource.query('SELECT current_database() AS database');
    await primary.dataSource.query(`CREATE ROLE ${reader} LOGIN PASSWORD 'replica-reader-secret'`);
    await primary.dataSource.query(`GRANT CONNECT ON DATABASE ${database} TO ${reader}`);
    await primary.dataSource.query(`GRANT USAGE ON SCHEMA public TO ${reader}`);
    await primary.dataSource.query(`GRANT SELECT ON ALL TABLES IN SCHEMA public TO ${reader}`);
    const replicaUrl = new URL(primary.config.database.mode === 'external' ? primary.config.database.url : '');
    replicaUrl.username = reader;
    replicaUrl.password = 'replica-reader-secret';
    app = await TestApp.start({ DATABASE_REPLICA_URL: replicaUrl.toString() });
  });
  afterAll(async () => {
    await app?.close();
    await dropReportRegion(primary.dataSource, region);
    await primary.dataSource.query(`DROP OWNED BY ${reader}`);
    await primary.dataSource.query(`DROP ROLE ${reader}`);
    await primary.close();
  });

  it('reads reports through the replica and writes through the primary', async () => {
    const report = () =>
      app.graphql(
        PLACEMENT_REPORT,
        { input: { regionCode: region.code, from: FROM, to: TO, groupBy: ['POOL'] } },
        { as: region.director.email },
      );
    // The replica's role loses its read on placements: the report fails, so it did not read the primary.
    await primary.dataSource.query(`REVOKE SELECT ON placement FROM ${reader}`);
    expect(onlyError(await report()).extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    await primary.dataSource.query(`GRANT SELECT ON placement TO ${reader}`);
    const readable = await report();
    expect(readable.errors).toBeUndefined();
    expect(readable.data!.placementReport.total.display).toBe('0'); // a 0 describes nobody: shown

    const written = await app.graphql(
      graphql(`
        mutation ReportReaderAddUser($input: AddUserInput!) {
          addUser(input: $input) {
            id
          }
        }
      `),
      {
        input: {
          displayName: 'Nieuwe accountmanager',
          email: `replica-${randomUUID().slice(0, 8)}@uwv.example`,
          subject: `replica|${randomUUID()}`,
          roles: ['ACCOUNT_MANAGER'],
        },
      },
      { as: 'admin@uwv.demo' },
    );
    expect(written.errors).toBeUndefined();
  });
});
