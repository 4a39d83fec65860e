import { ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { resolve } from 'node:path';
import { DEV_AUDIENCE, DEV_ISSUER, DevIssuer } from '@wsp/platform';
import { Client } from 'pg';
import { randomPort, spawnApp, SpawnedApp } from '../support/spawned-app';
import { TEST_DATA_DIR } from '../support/test-database';

/**
 * Below Linux's ephemeral port range (32768-60999): while this server is stopped, one of the tests' own outgoing
 * connections could otherwise take its port, and it could not start again. Apart from the spawned apps' ports
 * (20000-30000) and the queue-outage test's Redis (31000-32000).
 */
const RESTARTABLE_PG_PORT = 30_346;

const ROOT = resolve(__dirname, '../..');
const CLIENTS = 4;

interface Outcome {
  phase: 'up' | 'stopping' | 'down' | 'back';
  kvkNumber: string;
  status: number;
  code?: string;
  message?: string;
  startedAt: number;
}

/**
 * PostgreSQL stopped under write load and started again: while it is down the API answers every request
 * promptly with SERVICE_UNAVAILABLE (503) and reports not ready; once it is back the same API process serves
 * again without a restart; every write it acknowledged is in the database.
 */
describe('a database restart under load', () => {
  let server: ChildProcess;
  let api: SpawnedApp;
  let databaseUrl: string;
  let serverOutput = '';
  const apiUrl = `http://127.0.0.1:${randomPort()}`;

  const untilServerSays = (word: string, timeoutMs = 60_000) =>
    new Promise<string>((resolveLine, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`no ${word} from the database server:\n${serverOutput}`)),
        timeoutMs,
      );
      const check = () => {
        const line = serverOutput.split('\n').find((l) => l.startsWith(word));
        if (!line) return;
        serverOutput = serverOutput.replace(line, ''); // each answer is read once
        server.stdout!.off('data', check);
        clearTimeout(timer);
        resolveLine(line);
      };
      server.stdout!.on('data', check);
      check();
    });

  beforeAll(async () => {
    server = spawn(process.execPath, ['dist/tests/support/restartable-database-server.js'], {
      cwd: ROOT,
      env: {
        ...process.env,
        LOG_LEVEL: 'warn',
        RESTARTABLE_PG_PORT: String(RESTARTABLE_PG_PORT),
        RESTARTABLE_PG_DIR: resolve(TEST_DATA_DIR, 'postgres-restartable'),
      },
      stdio: ['pipe', 'pipe', 'inherit'],
    });
    server.stdout!.on('data', (chunk: Buffer) => (serverOutput += chunk.toString()));
    databaseUrl = (await untilServerSays('READY', 90_000)).split(' ')[1];
    // The API in a process of its own, as in production (in Jest's sandbox, Node's own errors are of another realm).
    api = await spawnApp('api', 'API ready', {
      DATABASE_URL: databaseUrl,
      PORT: new URL(apiUrl).port,
      RUN_WORKERS: 'false',
      DATABASE_CONNECT_TIMEOUT_MS: '1000',
      LOG_LEVEL: 'error',
    });
  }, 120_000);

  afterAll(async () => {
    await api?.stop();
    if (server && server.exitCode === null) {
      server.kill('SIGTERM');
      await once(server, 'exit');
    }
  });

  it('answers errors while it is down, recovers by itself and loses no acknowledged write', async () => {
    const issuer = await DevIssuer.load(resolve(TEST_DATA_DIR, 'dev-issuer-key.json'), DEV_ISSUER, DEV_AUDIENCE);
    const token = await issuer.sign('demo|accountmanager@uwv.demo');
    let phase: Outcome['phase'] = 'up';
    let running = true;
    let sequence = 0;
    const outcomes: Outcome[] = [];

    const createEmployer = async (): Promise<Outcome> => {
      const startedIn = phase;
      const startedAt = Date.now();
      const kvkNumber = String(60_000_000 + (process.pid % 1000) * 10_000 + sequence++);
      const response = await fetch(`${apiUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({
          query: 'mutation($input: CreateEmployerInput!) { createEmployer(input: $input) { id } }',
          variables: { input: { kvkNumber, legalName: `Herstart ${kvkNumber} B.V.`, municipalityCode: 'GM0106' } },
        }),
        // A request the API left hanging would fail here: while the database is down it must still answer.
        signal: AbortSignal.timeout(15_000),
      });
      const body = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
      const outcome: Outcome = {
        // A request that overlapped a change of phase belongs to neither side.
        phase: startedIn === phase ? phase : 'back',
        startedAt,
        kvkNumber,
        status: response.status,
        code: body.errors?.[0]?.extensions?.code,
        message: (body.errors?.[0] as { message?: string } | undefined)?.message,
      };
      outcomes.push(outcome);
      return outcome;
    };
    const clients = Array.from({ length: CLIENTS }, async () => {
      while (running) await createEmployer();
    });

    const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));
    await pause(1_500);
    phase = 'stopping'; // requests in flight while PostgreSQL shuts down may fail either way
    server.stdin!.write('stop\n');
    await untilServerSays('STOPPED');
    phase = 'down';
    await pause(2_000);
    const readiness = await fetch(`${apiUrl}/health/ready`);
    expect(readiness.status).toBe(503);

    phase = 'back';
    server.stdin!.write('start\n');
    await untilServerSays('STARTED');
    const deadline = Date.now() + 30_000;
    while (!outcomes.some((o) => o.phase === 'back' && o.status === 200 && !o.code) && Date.now() < deadline) {
      await pause(100);
    }
    const recoveredAt = Date.now();
    await pause(1_500);
    running = false;
    await Promise.all(clients);

    const up = outcomes.filter((o) => o.phase === 'up');
    const down = outcomes.filter((o) => o.phase === 'down');
    // Requests sent once one succeeded again (earlier ones may still have been waiting for a connection).
    const afterRecovery = outcomes.filter((o) => o.startedAt > recoveredAt);
    expect(up.length).toBeGreaterThan(0);
    expect(up.filter((o) => o.status !== 200 || o.code)).toEqual([]);
    expect(down.length).toBeGreaterThan(0);
    expect(down.filter((o) => o.code !== 'SERVICE_UNAVAILABLE' || o.status !== 503)).toEqual([]);
    expect(afterRecovery.length).toBeGreaterThan(0);
    expect(afterRecovery.filter((o) => o.status !== 200 || o.code)).toEqual([]);
    expect((await fetch(`${apiUrl}/health/ready`)).status).toBe(200);

    const acknowledged = outcomes.filter((o) => o.status === 200 && !o.code).map((o) => o.kvkNumber);
    const database = new Client({ connectionString: databaseUrl });
    await database.connect();
    try {
      const { rows } = await database.query('SELECT count(*)::int AS stored FROM employer WHERE kvk_number = ANY($1)', [
        acknowledged,
      ]);
      expect(rows[0].stored).toBe(acknowledged.length);
    } finally {
      await database.end();
    }
  });
});
