import { Job } from 'bullmq';
import { JobName, JobQueue, QueueName } from '@wsp/platform';
import { TestApp } from '../support/test-app';

async function finished(queue: JobQueue, job: Job, timeoutMs = 20000): Promise<Job> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const current = await queue.queue(QueueName.SYSTEM).getJob(job.id!);
    if (current?.finishedOn) return current;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`job ${job.id} did not finish within ${timeoutMs} ms`);
}

const backends: [string, Record<string, string>][] = [['PostgreSQL', {}]];
if (process.env.REDIS_URL) backends.push(['Redis', { REDIS_URL: process.env.REDIS_URL }]);

describe.each(backends)('queue round trip on %s', (backend, env) => {
  let app: TestApp;
  beforeAll(async () => {
    app = await TestApp.start({ ...env, RUN_WORKERS: 'true' });
  });
  afterAll(() => app.close());

  it('runs a job through producer, backend and worker and returns its result', async () => {
    expect(app.config.queue.backend).toBe(backend === 'Redis' ? 'redis' : 'postgres');
    const queue = app.running.app.get(JobQueue);
    const sentAt = new Date().toISOString();
    const job = await queue.enqueue(JobName.PING, { sentAt });
    const done = await finished(queue, job);
    expect(done.failedReason).toBeUndefined();
    expect(done.returnvalue).toEqual({ sentAt, handledAt: expect.any(String) });
  });

  it('collapses a job added twice with the same id while the first exists', async () => {
    const queue = app.running.app.get(JobQueue);
    const jobId = `dedupe-${backend}-${Date.now()}`;
    const first = await queue.enqueue(JobName.PING, { sentAt: 'first' }, { jobId, delay: 60_000 });
    const second = await queue.enqueue(JobName.PING, { sentAt: 'second' }, { jobId, delay: 60_000 });
    expect(second.id).toBe(first.id);
    expect((await queue.queue(QueueName.SYSTEM).getJob(jobId))?.data).toEqual({ sentAt: 'first' });
    await (await queue.queue(QueueName.SYSTEM).getJob(jobId))?.remove();
  });

  it('refuses a job id with a colon', async () => {
    await expect(
      app.running.app.get(JobQueue).enqueue(JobName.PING, { sentAt: 'x' }, { jobId: 'a:b' }),
    ).rejects.toThrow(/may not contain/);
  });
});
