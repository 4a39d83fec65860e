import { execFile, execFileSync } from 'node:child_process';
import { randomInt } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Client } from 'pg';
import { createProfile } from '../factories/candidate-profile.factory';
import { createEmployer } from '../factories/employer.factory';
import { testDatabaseUrl } from '../support/test-database';
import { TestApp } from '../support/test-app';
import { graphql } from '../gql';

const run = promisify(execFile);

/**
 * Whether the PATH's client tools can dump the test server (pg_dump refuses servers newer than itself), and why
 * not. Asked before the tests are declared, so a run without them shows the test as skipped, with the reason.
 */
function dumpableHere(): { dumpable: true } | { dumpable: false; why: string } {
  const major = (text: string) => Number(/(\d+)/.exec(text)?.[1]);
  let tools: number;
  let server: number;
  try {
    tools = major(execFileSync('pg_dump', ['--version'], { encoding: 'utf8' }));
    server = Math.floor(
      Number(execFileSync('psql', [testDatabaseUrl(), '-tAc', 'SHOW server_version_num'], { encoding: 'utf8' })) /
        10000,
    );
  } catch {
    return { dumpable: false, why: 'no pg_dump and psql on the PATH' };
  }
  return tools >= server
    ? { dumpable: true }
    : { dumpable: false, why: `pg_dump ${tools} cannot dump PostgreSQL ${server}` };
}

function withDatabase(url: string, database: string): string {
  const next = new URL(url);
  next.pathname = `/${database}`;
  return next.toString();
}

/** Rows per table of the public schema, read in the given client's transaction (or snapshot). */
async function rowCounts(client: Client): Promise<Record<string, number>> {
  const { rows: tables } = await client.query<{ name: string }>(
    `SELECT quote_ident(tablename) AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`,
  );
  const counts: Record<string, number> = {};
  for (const { name } of tables) {
    const { rows } = await client.query<{ count: number }>(`SELECT count(*)::int AS count FROM ${name}`);
    counts[name] = rows[0].count;
  }
  return counts;
}

/**
 * The procedure of docs/OPERATIONS.md ("Backups and restore"), end to end: `pg_dump -Fc` of the database,
 * `pg_restore` into a new empty database, the same rows in every table, and the app serving the copy. pg_dump
 * cannot dump a server newer than itself: this runs where the PATH's client tools are at least the server's
 * version (CI, with DATABASE_URL on the machine's PostgreSQL); the embedded server of a fresh clone is newer than
 * Debian's client tools.
 */
describe('backup and restore', () => {
  const here = dumpableHere();
  const name = 'restores a dump into a new database with the same rows in every table, and the app serves it';
  let source: Client;

  beforeAll(async () => {
    source = new Client({ connectionString: testDatabaseUrl() });
    await source.connect();
  });
  afterAll(() => source?.end());

  (here.dumpable ? it : it.skip)(here.dumpable ? name : `${name} (not here: ${here.why})`, async () => {
    const directory = await mkdtemp(join(tmpdir(), 'wsp-backup-'));
    const dump = join(directory, 'wsp.dump');
    const copy = `wsp_restore_${randomInt(1e9)}`;
    const copyUrl = withDatabase(testDatabaseUrl(), copy);
    let app: TestApp | undefined;
    // Something of each kind to back up (the test database may hold no more than the directory).
    const writer = await TestApp.start({ RUN_WORKERS: 'false' });
    try {
      await createEmployer(writer, 'accountmanager@emmen.demo', { municipalityCode: 'GM0114' });
      // In Drenthe, for an occupation no other test's vacancy asks for: no other test sees it among its matches.
      await createProfile(writer, 'jobcoach@emmen.demo', {
        occupationCodes: ['2652'],
        skillCodes: [],
        municipalityCode: 'GM0114',
        targetGroups: [],
        wwEndMonth: null,
      });
    } finally {
      await writer.close();
    }
    try {
      // Other test files write meanwhile: the dump and the counts read one exported snapshot.
      await source.query('BEGIN ISOLATION LEVEL REPEATABLE READ');
      const snapshot = (await source.query('SELECT pg_export_snapshot() AS id')).rows[0].id as string;
      await run('pg_dump', ['-Fc', `--snapshot=${snapshot}`, '-f', dump, testDatabaseUrl()]);
      const before = await rowCounts(source);
      await source.query('COMMIT');
      expect(before.employer).toBeGreaterThan(0);
      expect(before.candidate_profile).toBeGreaterThan(0);
      expect(before.audit_event).toBeGreaterThan(0);

      await source.query(`CREATE DATABASE ${copy}`);
      await run('pg_restore', ['--exit-on-error', '--no-owner', '--no-privileges', '-d', copyUrl, dump]);
      const restored = new Client({ connectionString: copyUrl });
      await restored.connect();
      try {
        expect(await rowCounts(restored)).toEqual(before);
        // The audit trail is append-only in the copy too: its triggers came along.
        await expect(restored.query('DELETE FROM audit_event')).rejects.toThrow(/append-only|not allowed|refused/i);
      } finally {
        await restored.end();
      }

      app = await TestApp.start({ DATABASE_URL: copyUrl, RUN_WORKERS: 'false' });
      const ready = await fetch(`${app.url}/health/ready`);
      expect(ready.status).toBe(200);
      const answer = await app.graphql(
        graphql(`
          query BackupRestoreMe {
            me {
              displayName
            }
            employers(first: 1) {
              totalCount
            }
          }
        `),
        {},
        { as: 'accountmanager@emmen.demo' },
      );
      expect(answer.errors).toBeUndefined();
      expect(answer.data!.me.displayName).toBe('Accountmanager Gemeente Emmen');
      expect(answer.data!.employers.totalCount).toBeGreaterThan(0);
    } finally {
      await app?.close();
      await source.query(`DROP DATABASE IF EXISTS ${copy} WITH (FORCE)`);
      await rm(directory, { recursive: true, force: true });
    }
  });
});
