import { Job } from 'bullmq';
import { CandidateFactsCache } from '@wsp/matching';
import { JobName, JobQueue, OutboxRelay, QueueName } from '@wsp/platform';
import { createProfile } from '../factories/candidate-profile.factory';
import { TestApp } from '../support/test-app';
import { graphql } from '../gql';

const METRICS_TOKEN = 'metrics-token-for-the-e2e-test';

/** The value of one sample (`name{labels} value`) in a Prometheus text exposition, or undefined. */
function sample(exposition: string, name: string, labels: Record<string, string> = {}): number | undefined {
  for (const line of exposition.split('\n')) {
    const match = /^([a-z_]+)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!match || match[1] !== name) continue;
    const present = Object.fromEntries([...(match[2] ?? '').matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
    if (Object.entries(labels).every(([key, value]) => present[key] === value)) return Number(match[3]);
  }
  return undefined;
}

describe('Prometheus metrics', () => {
  let app: TestApp;
  const scrape = async () => {
    const response = await fetch(`${app.url}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    return response.text();
  };

  beforeAll(async () => {
    app = await TestApp.start({ RUN_WORKERS: 'true', METRICS_TOKEN });
  });
  afterAll(() => app.close());

  it('refuses a scrape without the configured token', async () => {
    expect((await fetch(`${app.url}/metrics`)).status).toBe(401);
    const wrong = await fetch(`${app.url}/metrics`, { headers: { authorization: 'Bearer not-the-token' } });
    expect(wrong.status).toBe(401);
  });

  it('times GraphQL operations by root field and type (never by the client-chosen name), and counts errors by code', async () => {
    const before = await scrape();
    const notFoundBefore = sample(before, 'wsp_graphql_errors_total', { code: 'NOT_FOUND' }) ?? 0;
    const countIn = (exposition: string, operation: string) =>
      sample(exposition, 'wsp_graphql_operation_duration_seconds_count', { operation, type: 'query' }) ?? 0;
    for (let i = 0; i < 3; i++) {
      const page = await app.graphql(
        graphql(`
          query JanDeVries_111222333 {
            employers(first: 5) {
              totalCount
            }
          }
        `),
        {},
        { as: 'accountmanager@uwv.demo' },
      );
      expect(page.errors).toBeUndefined();
    }
    const missing = await app.graphql(
      graphql(`
        query MissingVacancy {
          vacancy(id: "00000000-0000-4000-8000-000000000000") {
            id
          }
        }
      `),
      {},
      { as: 'accountmanager@uwv.demo' },
    );
    expect(missing.errors?.[0].extensions?.code).toBe('NOT_FOUND');

    const after = await scrape();
    expect(countIn(after, 'employers') - countIn(before, 'employers')).toBe(3);
    expect(countIn(after, 'vacancy') - countIn(before, 'vacancy')).toBe(1);
    expect(sample(after, 'wsp_graphql_operation_duration_seconds_sum', { operation: 'employers' })).toBeGreaterThan(0);
    expect(after).not.toContain('JanDeVries');
    expect(after).not.toContain('MissingVacancy');
    expect(sample(after, 'wsp_graphql_errors_total', { code: 'NOT_FOUND' })).toBe(notFoundBefore + 1);
    expect(
      sample(after, 'wsp_http_request_duration_seconds_count', { method: 'POST', route: '/graphql', status: '200' }),
    ).toBeGreaterThanOrEqual(4);
  });

  it('times jobs per queue and reports the depth of each queue', async () => {
    const queue = app.running.app.get(JobQueue);
    const job: Job = await queue.enqueue(JobName.PING, { sentAt: new Date().toISOString() });
    const deadline = Date.now() + 20_000;
    while (!(await queue.queue(QueueName.SYSTEM).getJob(job.id!))?.finishedOn) {
      if (Date.now() > deadline) throw new Error('the ping job did not finish');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const parked = await queue.enqueue(JobName.PING, { sentAt: 'later' }, { delay: 3_600_000 });
    try {
      const exposition = await scrape();
      expect(
        sample(exposition, 'wsp_queue_job_duration_seconds_count', {
          queue: 'system',
          job: JobName.PING,
          outcome: 'completed',
        }),
      ).toBeGreaterThanOrEqual(1);
      expect(sample(exposition, 'wsp_queue_jobs', { queue: 'system', state: 'delayed' })).toBeGreaterThanOrEqual(1);
      expect(sample(exposition, 'wsp_queue_jobs', { queue: 'matching', state: 'failed' })).toEqual(expect.any(Number));
    } finally {
      await parked.remove();
    }
  });

  it("reports the size of the worker's copy of the candidates' match facts and how often it was read in full", async () => {
    await createProfile(app, 'jobcoach@uwv.demo', {});
    await app.running.app.get(CandidateFactsCache).bringUpToDate();
    const [{ active }] = await app.dataSource.query(
      `SELECT count(*)::int AS active FROM candidate_profile WHERE status = 'ACTIVE'`,
    );
    const exposition = await scrape();
    expect(active).toBeGreaterThan(0);
    expect(sample(exposition, 'wsp_matching_candidate_facts')).toBe(active);
    expect(sample(exposition, 'wsp_matching_candidate_facts_full_reads_total')).toBeGreaterThanOrEqual(1);
  });

  it('reports the outbox backlog and its lag, and the database pool (last: it stops the relay)', async () => {
    await app.running.app.get(OutboxRelay).onModuleDestroy();
    const [row]: { id: string }[] = await app.dataSource.query(
      `INSERT INTO outbox (job_name, job_id, payload, created_at)
       VALUES ($1, 'metrics-lag-test', '{"sentAt":"x"}', now() - interval '90 seconds') RETURNING id`,
      [JobName.PING],
    );
    try {
      const exposition = await scrape();
      expect(sample(exposition, 'wsp_outbox_pending')).toBeGreaterThanOrEqual(1);
      expect(sample(exposition, 'wsp_outbox_lag_seconds')).toBeGreaterThanOrEqual(90);
      expect(sample(exposition, 'wsp_db_pool_connections', { state: 'max' })).toBe(4);
      expect(sample(exposition, 'wsp_db_pool_connections', { state: 'total' })).toBeGreaterThanOrEqual(1);
      expect(sample(exposition, 'wsp_process_resident_memory_bytes')).toBeGreaterThan(0);
    } finally {
      await app.dataSource.query('DELETE FROM outbox WHERE id = $1', [row.id]);
    }
  });
});
