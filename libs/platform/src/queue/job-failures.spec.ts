import { Logger } from '@nestjs/common';
import { Job } from 'bullmq';
import { AppMetrics } from '../metrics/app-metrics';
import { JobFailures, MAX_REDRIVES } from './job-failures';
import { JobHandlerRegistry } from './job-handler-registry';
import { JobQueue } from './job-queue';
import { JobName, QueueName } from './jobs';

describe('JobFailures', () => {
  jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
  const failed = jest.fn(async () => undefined);
  const enqueue = jest.fn(async () => ({}) as Job);
  const registry = { get: () => ({ handle: jest.fn(), failed }) } as unknown as JobHandlerRegistry;
  const metrics = new AppMetrics();
  const failures = new JobFailures(registry, { enqueue } as unknown as JobQueue, metrics);
  const job = (id: string) =>
    ({ id, name: JobName.MATCH_VACANCY, data: { vacancyId: 'v-1' }, attemptsMade: 1 }) as unknown as Job;
  const sample = async (name: string) =>
    (await metrics.registry.getSingleMetric(name)!.get()).values.find((v) => v.labels.job === JobName.MATCH_VACANCY)
      ?.value ?? 0;

  beforeEach(() => jest.clearAllMocks());

  it("records the failure through the job's handler and runs the job again under a new id", async () => {
    await failures.failedForGood(
      QueueName.MATCHING,
      job('match-vacancy-v-1-v3'),
      new Error('job stalled more than allowable limit'),
    );
    expect(failed).toHaveBeenCalledWith(
      { vacancyId: 'v-1' },
      { jobId: 'match-vacancy-v-1-v3', reason: 'job stalled more than allowable limit' },
    );
    expect(enqueue).toHaveBeenCalledWith(
      JobName.MATCH_VACANCY,
      { vacancyId: 'v-1' },
      { jobId: 'match-vacancy-v-1-v3-redrive1' },
    );
    await failures.failedForGood(QueueName.MATCHING, job('match-vacancy-v-1-v3-redrive1'), new Error('boom'));
    expect(enqueue).toHaveBeenLastCalledWith(
      JobName.MATCH_VACANCY,
      { vacancyId: 'v-1' },
      { jobId: 'match-vacancy-v-1-v3-redrive2' },
    );
    expect(await sample('wsp_queue_jobs_failed_for_good_total')).toBe(2);
    expect(await sample('wsp_queue_jobs_redriven_total')).toBe(2);
  });

  it(`stops re-driving after ${MAX_REDRIVES} times, still recording the failure`, async () => {
    await failures.failedForGood(
      QueueName.MATCHING,
      job(`match-vacancy-v-1-v3-redrive${MAX_REDRIVES}`),
      new Error('boom'),
    );
    expect(failed).toHaveBeenCalledTimes(1);
    expect(enqueue).not.toHaveBeenCalled();
  });
});
