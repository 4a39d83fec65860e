import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { connect } from 'node:net';
import { JobQueue, QueueName } from '@wsp/platform';
import { createEmployer } from '../factories/employer.factory';
import { TestApp } from '../support/test-app';
import { graphql } from '../gql';

const AM = 'accountmanager@groningen.demo';
// Below the ephemeral port range, like randomPort(), and apart from the ports it picks.
const PORT = 31_000 + Math.floor(Math.random() * 1_000);
/** A Redis of this test's own, which it stops and starts; only where the machine has the server. */
const hasRedisServer = spawnSync('redis-server', ['--version']).status === 0;

function startRedis(): ChildProcess {
  return spawn('redis-server', ['--port', String(PORT), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
    stdio: 'ignore',
  });
}

async function untilRedisAnswers(): Promise<void> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const answered = await new Promise<boolean>((resolve) => {
      const socket = connect(PORT, '127.0.0.1');
      socket.once('data', (data) => resolve(String(data).startsWith('+PONG')));
      socket.once('error', () => resolve(false));
      socket.write('PING\r\n');
    }).catch(() => false);
    if (answered) return;
    if (Date.now() > deadline) throw new Error('redis-server did not start');
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * The Redis queue backend down while vacancies are written: the writes still commit (the job waits in the
 * outbox, the rate limiter counts locally), reads answer at once, readiness stays up, what needs the queue now is
 * SERVICE_UNAVAILABLE at once; once Redis is back the jobs are delivered and run.
 */
(hasRedisServer ? describe : describe.skip)('the Redis queue backend down at commit', () => {
  let redis: ChildProcess;
  let app: TestApp;

  beforeAll(async () => {
    redis = startRedis();
    await untilRedisAnswers();
    // A short lock: shutdown waits at most that long for running jobs when Redis is away.
    app = await TestApp.start({
      REDIS_URL: `redis://127.0.0.1:${PORT}`,
      RUN_WORKERS: 'true',
      QUEUE_LOCK_DURATION_MS: '3000',
      DATABASE_CONNECT_TIMEOUT_MS: '5000', // the production default, also for Redis: an outage is seen as in production
    });
  });
  afterAll(async () => {
    await app?.close();
    if (redis.exitCode === null && redis.signalCode === null) {
      redis.kill('SIGTERM');
      await once(redis, 'exit');
    }
  });

  const runsOf = async (vacancyId: string) =>
    (
      await app.graphql(
        graphql(`
          query QueueOutageMatchingRuns($id: ID!) {
            matchingRuns(vacancyId: $id) {
              status
            }
          }
        `),
        { id: vacancyId },
        { as: AM },
      )
    ).data?.matchingRuns ?? [];
  const createVacancy = async (employerId: string) => {
    const response = await app.graphql(
      graphql(`
        mutation QueueOutageCreateVacancy($input: CreateVacancyInput!) {
          createVacancy(input: $input) {
            id
          }
        }
      `),
      {
        input: {
          employerId,
          title: 'Chauffeur',
          occupationCode: '8322',
          hoursMin: 24,
          hoursMax: 40,
          municipalityCode: 'GM0014',
          contractType: 'PERMANENT',
        },
      },
      { as: AM },
    );
    expect(response.errors).toBeUndefined();
    return response.data!.createVacancy.id;
  };
  const until = async (probe: () => Promise<boolean>, what: string) => {
    const deadline = Date.now() + 30_000;
    while (!(await probe())) {
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
      await new Promise((r) => setTimeout(r, 200));
    }
  };

  it('commits the write, keeps the job in the outbox while Redis is down, and runs it once Redis is back', async () => {
    const employer = await createEmployer(app, AM);
    const before = await createVacancy(employer.id);
    await until(async () => (await runsOf(before)).some((run) => run.status === 'COMPLETED'), 'the first match');

    redis.kill('SIGKILL');
    await once(redis, 'exit');
    const during = await createVacancy(employer.id);
    const pending = () =>
      app.dataSource.query(
        `SELECT count(*)::int AS n FROM outbox WHERE relayed_at IS NULL AND payload->>'vacancyId' = $1`,
        [during],
      ) as Promise<{ n: number }[]>;
    await new Promise((r) => setTimeout(r, 2_500)); // several relay rounds fail meanwhile
    expect((await pending())[0].n).toBe(1);

    // Meanwhile the API serves: reads at once (the rate limiter counts locally), readiness stays up (the outbox
    // takes the writes), an import is taken, and what needs the queue right now says so at once.
    const timed = async <T>(work: () => Promise<T>): Promise<[T, number]> => {
      const started = Date.now();
      const result = await work();
      return [result, Date.now() - started];
    };
    const [read, readMs] = await timed(() =>
      app.graphql(
        graphql(`
          query QueueOutageMe($id: ID!) {
            me {
              id
            }
            vacancy(id: $id) {
              id
            }
          }
        `),
        { id: during },
        { as: AM },
      ),
    );
    expect(read.errors).toBeUndefined();
    expect(readMs).toBeLessThan(1_000);
    const [ready] = await timed(() => fetch(`${app.url}/health/ready`));
    expect(ready.status).toBe(200);
    const [requested, requestMs] = await timed(() =>
      app.graphql(
        graphql(`
          mutation QueueOutageRequestMatching($id: ID!) {
            requestMatching(vacancyId: $id)
          }
        `),
        { id: during },
        { as: AM },
      ),
    );
    expect(requested.errors?.[0].extensions?.code).toBe('SERVICE_UNAVAILABLE');
    expect(requested.status).toBe(503);
    expect(requestMs).toBeLessThan(1_000);
    const file = `kvk_nummer,naam,handelsnaam,sbi,postcode,gemeentecode,grote_opdrachtgever\r\n${90_000_000 + Math.floor(Math.random() * 9_000_000)},Storing B.V.,,4711,9401 AB,GM0014,nee\r\n`;
    const upload = await app.graphql(
      graphql(`
        mutation QueueOutageStartImport($input: StartImportInput!) {
          startImport(input: $input) {
            id
          }
        }
      `),
      { input: { kind: 'EMPLOYERS', fileName: 'storing.csv', content: Buffer.from(file).toString('base64') } },
      { as: AM },
    );
    expect(upload.errors).toBeUndefined();

    redis = startRedis();
    await untilRedisAnswers();
    await until(async () => (await runsOf(during)).some((run) => run.status === 'COMPLETED'), 'the delayed match');
    // The relay marks its row once the queue has the job (an attempt cut short by the outage may add it first).
    await until(async () => (await pending())[0].n === 0, 'the outbox row relayed');
    await until(async () => {
      const [row] = await app.dataSource.query('SELECT status FROM employer_import WHERE id = $1', [
        upload.data!.startImport.id,
      ]);
      return row.status === 'COMPLETED';
    }, 'the import taken during the outage');
  });

  // Workers, queues, the outbox relay and the rate-limit client all lose Redis at once; a relay round is trying to
  // enqueue. Closing must not wait for Redis to come back (it did: the enqueue, and with it shutdown, waited).
  it('shuts down in bounded time while Redis is away', async () => {
    const employer = await createEmployer(app, AM);
    redis.kill('SIGKILL');
    await once(redis, 'exit');
    await createVacancy(employer.id);
    await new Promise((r) => setTimeout(r, 1_000));
    const started = Date.now();
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise((resolve) => (timer = setTimeout(() => resolve('still closing'), 20_000)));
    const closing = app.close().then(() => 'closed');
    expect(await Promise.race([closing, deadline])).toBe('closed');
    clearTimeout(timer);
    app = undefined as unknown as TestApp;
    // At most a lock's duration (3 s) for running jobs, the rest without waiting on Redis.
    expect(Date.now() - started).toBeLessThan(10_000);
  }, 40_000);

  // A replica (re)started while Redis is away: it starts and serves, and its recurring jobs are scheduled once
  // Redis is back (a schedule that could not be upserted held the start and failed it).
  it('starts while Redis is away and schedules its recurring jobs once Redis is back', async () => {
    if (redis.exitCode === null && redis.signalCode === null) {
      redis.kill('SIGKILL');
      await once(redis, 'exit');
    }
    app = await TestApp.start({
      REDIS_URL: `redis://127.0.0.1:${PORT}`,
      RUN_WORKERS: 'false',
      DATABASE_CONNECT_TIMEOUT_MS: '5000', // the production default, also for Redis
    });
    const me = await app.graphql(
      graphql(`
        query QueueOutageMe2 {
          me {
            id
          }
        }
      `),
      {},
      { as: AM },
    );
    expect(me.errors).toBeUndefined();
    expect((await fetch(`${app.url}/health/ready`)).status).toBe(200);

    redis = startRedis();
    await untilRedisAnswers();
    const queue = app.running.app.get(JobQueue);
    await queue.schedulesInPlace();
    const schedulers = await queue.queue(QueueName.MAIL).getJobSchedulers();
    expect(schedulers.map((scheduler) => scheduler.key)).toEqual(expect.arrayContaining(['mail-retry']));
  }, 40_000);
});
