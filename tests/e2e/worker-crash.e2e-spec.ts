import { JobName, JobQueue, JobResults, QueueName } from '@wsp/platform';
import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { Client } from 'pg';
import { createEmployer } from '../factories/employer.factory';
import { createProfile } from '../factories/candidate-profile.factory';
import { spawnApp, SpawnedApp } from '../support/spawned-app';
import { TestApp } from '../support/test-app';
import { testDatabaseUrl } from '../support/test-database';

const AM = 'accountmanager@groningen.demo';
/** Each queue backend the machine has, with an occupation of an ISCO sub-major group no other test file uses. */
const BACKENDS: [string, Record<string, string>, string][] = [
  ['PostgreSQL', {}, '3431'],
  ...(process.env.REDIS_URL
    ? [['Redis', { REDIS_URL: process.env.REDIS_URL }, '6111'] as [string, Record<string, string>, string]]
    : []),
];
/** A dead worker's job is handed on after about twice this (the lock lapses, then the stalled check runs). */
const LOCK_MS = 1500;

type Suggestion = { profile_id: string; rank: number; computed_at: Date };

async function until<T>(probe: () => Promise<T | undefined>, what: string, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** The worker app as production runs it: its own process, its own connections. */
function startWorker(env: Record<string, string>): Promise<SpawnedApp> {
  return spawnApp('worker', 'worker ready', {
    PORT: '0',
    LOG_LEVEL: 'warn',
    QUEUE_LOCK_DURATION_MS: String(LOCK_MS),
    ...env,
  });
}

describe.each(BACKENDS)(
  'a worker killed or stopped in the middle of a matching job (%s queue)',
  (_backend, env, OCCUPATION) => {
    let api: TestApp;
    let worker: SpawnedApp | undefined;
    let vacancyId: string;
    const suggestionsOf = (): Promise<Suggestion[]> =>
      api.dataSource.query(
        'SELECT profile_id, rank, computed_at FROM suggestion WHERE vacancy_id = $1 ORDER BY rank, profile_id',
        [vacancyId],
      );

    beforeAll(async () => {
      // The API takes requests only; every job runs in the worker processes this test starts and kills.
      api = await TestApp.start({ RUN_WORKERS: 'false', ...env });
      worker = await startWorker(env);
      for (const coach of ['jobcoach@uwv.demo', 'jobcoach@groningen.demo', 'jobcoach@uwv.demo']) {
        await createProfile(api, coach, {
          occupationCodes: [OCCUPATION],
          skillCodes: [],
          targetGroups: [],
          wwEndMonth: null,
        });
      }
      const employer = await createEmployer(api, AM, { municipalityCode: 'GM0014' });
      const created = await api.graphql<{ createVacancy: { id: string } }>(
        'mutation($input: CreateVacancyInput!) { createVacancy(input: $input) { id } }',
        {
          input: {
            employerId: employer.id,
            title: 'Fotograaf',
            occupationCode: OCCUPATION,
            hoursMin: 24,
            hoursMax: 40,
            municipalityCode: 'GM0014',
            contractType: 'PERMANENT',
          },
        },
        { as: AM },
      );
      vacancyId = created.data!.createVacancy.id;
      // Settled: three suggested, nothing left to relay and no run of this vacancy still going.
      await until(async () => {
        const [{ pending }] = await api.dataSource.query(
          `SELECT (SELECT count(*) FROM outbox WHERE relayed_at IS NULL)
              + (SELECT count(*) FROM matching_run WHERE vacancy_id = $1 AND status <> 'COMPLETED') AS pending`,
          [vacancyId],
        );
        return (await suggestionsOf()).length === 3 && Number(pending) === 0 ? true : undefined;
      }, 'the first list');
      await new Promise((r) => setTimeout(r, 3 * LOCK_MS)); // and any job already claimed has finished
    }, 60_000);

    afterAll(async () => {
      await worker?.stop('SIGTERM');
      await api?.close();
    });

    /** Holds one row the job will write and asks for a run: the job stops halfway, its stale rows deleted. */
    async function jobStuckHalfway(blocker: Client): Promise<{ jobId: string; pid: number }> {
      await blocker.query('BEGIN');
      await blocker.query('SELECT 1 FROM suggestion WHERE vacancy_id = $1 AND rank = 1 FOR UPDATE', [vacancyId]);
      const requested = await api.graphql<{ requestMatching: string }>(
        'mutation($id: ID!) { requestMatching(vacancyId: $id) }',
        { id: vacancyId },
        { as: AM },
      );
      const stuck = await until(async () => {
        const [row]: { pid: number }[] = await api.dataSource.query(
          `SELECT pid FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query LIKE 'INSERT INTO suggestion%'`,
        );
        return row;
      }, 'the job to reach its write');
      return { jobId: requested.data!.requestMatching, pid: stuck.pid };
    }
    const runOf = async (jobId: string) =>
      until(async () => {
        const [row]: { status: string; attempts: number; suggestions: number }[] = await api.dataSource.query(
          'SELECT status, attempts, suggestions FROM matching_run WHERE job_id = $1',
          [jobId],
        );
        return row?.status === 'COMPLETED' ? row : undefined;
      }, 'the job to complete');

    it('leaves the previous list while the job is lost, and exactly one complete list after another worker retries it', async () => {
      const before = await suggestionsOf();
      const blocker = new Client({ connectionString: testDatabaseUrl() });
      await blocker.connect();
      try {
        const { jobId, pid } = await jobStuckHalfway(blocker);

        await worker!.stop('SIGKILL');
        worker = undefined;
        await blocker.query('ROLLBACK');
        // The dead worker's transaction never commits: its server session ends when it finds its client gone.
        await until(async () => {
          const rows = await api.dataSource.query('SELECT 1 FROM pg_stat_activity WHERE pid = $1', [pid]);
          return rows.length === 0 ? true : undefined;
        }, 'the dead worker to be disconnected');
        expect(await suggestionsOf()).toEqual(before);

        const killedAt = new Date();
        worker = await startWorker(env);
        const run = await runOf(jobId);
        expect(run).toMatchObject({ status: 'COMPLETED', attempts: 2, suggestions: 3 });

        const after = await suggestionsOf();
        expect(after.map((s) => s.rank)).toEqual([1, 2, 3]);
        expect(new Set(after.map((s) => s.profile_id))).toEqual(new Set(before.map((s) => s.profile_id)));
        expect(after.every((s) => s.computed_at >= killedAt)).toBe(true);
      } finally {
        await blocker.end();
      }
    }, 90_000);

    it('fails a job stalled twice (two workers killed in turn) with the reason, and runs it again until the vacancy has its list', async () => {
      const before = await suggestionsOf();
      const blocker = new Client({ connectionString: testDatabaseUrl() });
      await blocker.connect();
      const sessionGone = (pid: number) =>
        until(async () => {
          const rows = await api.dataSource.query('SELECT 1 FROM pg_stat_activity WHERE pid = $1', [pid]);
          return rows.length === 0 ? true : undefined;
        }, 'the dead worker to be disconnected');
      try {
        const { jobId, pid } = await jobStuckHalfway(blocker);
        await worker!.stop('SIGKILL');
        worker = undefined;
        // The dead worker's session waits for the held row until the blocker lets go; only then does it end.
        // The next worker takes the stalled job up and gets stuck at the same row; it is killed too.
        worker = await startWorker(env);
        // It waits behind the dead session (which holds the vacancy's row) for the same rows.
        const second = await until(async () => {
          // The job's own statement: the queue's connections may wait for locks too (its stalled check, a schedule).
          const [row]: { pid: number }[] = await api.dataSource.query(
            `SELECT pid FROM pg_stat_activity
              WHERE wait_event_type = 'Lock' AND pid <> $1 AND query LIKE 'SELECT id FROM vacancy WHERE id = $1 FOR NO KEY UPDATE%'`,
            [pid],
          );
          return row;
        }, 'the second worker to wait for the same rows');
        await worker.stop('SIGKILL');
        worker = undefined;
        await blocker.query('ROLLBACK');
        await sessionGone(pid);
        await sessionGone(second.pid);
        const killedAt = new Date();

        worker = await startWorker(env);
        const failed = await until(async () => {
          const [row]: { status: string; error: string | null }[] = await api.dataSource.query(
            'SELECT status, error FROM matching_run WHERE job_id = $1',
            [jobId],
          );
          return row?.status === 'FAILED' ? row : undefined;
        }, 'the stalled run to be marked FAILED');
        expect(failed.error).toMatch(/stalled/);
        expect(await runOf(`${jobId}-redrive1`)).toMatchObject({ status: 'COMPLETED', attempts: 1, suggestions: 3 });
        const after = await suggestionsOf();
        expect(after.map((s) => s.rank)).toEqual([1, 2, 3]);
        expect(new Set(after.map((s) => s.profile_id))).toEqual(new Set(before.map((s) => s.profile_id)));
        expect(after.every((s) => s.computed_at >= killedAt)).toBe(true);
      } finally {
        await blocker.end();
      }
    }, 90_000);

    it('repairs a run its job left unfinished, and leaves a slow running one alone (the sweep)', async () => {
      // A run whose job is gone without its end recorded (the worker that failed it died before recording it).
      const lostJobId = `match-vacancy-${vacancyId}-lost-${randomUUID()}`;
      await api.dataSource.query(
        `INSERT INTO matching_run (job_id, kind, vacancy_id, status, attempts, started_at)
         VALUES ($1, 'VACANCY', $2, 'RUNNING', 1, now() - interval '10 minutes')`,
        [lostJobId, vacancyId],
      );
      const blocker = new Client({ connectionString: testDatabaseUrl() });
      await blocker.connect();
      try {
        // And a run whose job is alive, only slow: held at its write.
        const { jobId } = await jobStuckHalfway(blocker);
        await api.dataSource.query(
          `UPDATE matching_run SET started_at = now() - interval '10 minutes' WHERE job_id = $1`,
          [jobId],
        );
        const queue = api.running.app.get(JobQueue);
        const sweep = await queue.enqueue(JobName.SWEEP_MATCHING_RUNS, {}, { jobId: `sweep-test-${randomUUID()}` });
        const swept = await until(async () => {
          const job = await queue.queue(QueueName.SYSTEM).getJob(sweep.id!);
          return (await job?.getState()) === 'completed'
            ? (job!.returnvalue as JobResults[JobName.SWEEP_MATCHING_RUNS])
            : undefined;
        }, 'the sweep');
        expect(swept.repaired).toBeGreaterThanOrEqual(1);

        const [lost]: { status: string; error: string }[] = await api.dataSource.query(
          'SELECT status, error FROM matching_run WHERE job_id = $1',
          [lostJobId],
        );
        expect(lost).toMatchObject({
          status: 'FAILED',
          error: expect.stringMatching(/^interrupted: the run's job is gone/),
        });
        const [slow]: { status: string }[] = await api.dataSource.query(
          'SELECT status FROM matching_run WHERE job_id = $1',
          [jobId],
        );
        expect(slow.status).toBe('RUNNING');

        await blocker.query('ROLLBACK');
        expect(await runOf(jobId)).toMatchObject({ status: 'COMPLETED', attempts: 1, suggestions: 3 });
        expect(await runOf(`${lostJobId}-repair`)).toMatchObject({ status: 'COMPLETED', suggestions: 3 });
        expect(worker!.output()).toContain(lostJobId);
        expect(worker!.output()).toContain('matching run left unfinished by its job; it runs again');
      } finally {
        await blocker.end();
      }
    }, 90_000);

    it('finishes its running job before it stops when told to (SIGTERM), and takes no new one', async () => {
      const blocker = new Client({ connectionString: testDatabaseUrl() });
      await blocker.connect();
      try {
        const { jobId } = await jobStuckHalfway(blocker);
        const stopping = worker!.process;
        const exited = once(stopping, 'exit');
        stopping.kill('SIGTERM');
        await new Promise((r) => setTimeout(r, 2 * LOCK_MS));
        expect(stopping.exitCode).toBeNull(); // still finishing the job it holds
        const later = await api.graphql<{ requestMatching: string }>(
          'mutation($id: ID!) { requestMatching(vacancyId: $id) }',
          { id: vacancyId },
          { as: AM },
        );
        await blocker.query('ROLLBACK');
        const [code] = await exited;
        worker = undefined;
        expect(code).toBe(0);
        expect(await runOf(jobId)).toMatchObject({ status: 'COMPLETED', attempts: 1, suggestions: 3 });
        expect((await suggestionsOf()).map((s) => s.rank)).toEqual([1, 2, 3]);
        // The job asked for while it was stopping waits for the next worker instead.
        const laterId = later.data!.requestMatching;
        expect(await api.dataSource.query('SELECT 1 FROM matching_run WHERE job_id = $1', [laterId])).toEqual([]);
        worker = await startWorker(env);
        expect(await runOf(laterId)).toMatchObject({ status: 'COMPLETED', attempts: 1 });
      } finally {
        await blocker.end();
      }
    }, 90_000);
  },
);
