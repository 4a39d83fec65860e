import { WorkerOptions } from 'bullmq';
import { JOB_ATTEMPTS } from './job-queue';
import { QueueName } from './jobs';
import { processorFor } from './queue-processor';

describe('the queue workers', () => {
  const options = Reflect.getMetadata(
    'bullmq:worker_metadata',
    processorFor(QueueName.MATCHING, { lockDurationMs: 30_000, connection: {} }),
  ) as WorkerOptions;

  it('start a job at most as often as it has attempts, whether its runs end in an error or in a crash', () => {
    expect(options.maxStartedAttempts).toBe(JOB_ATTEMPTS);
  });

  it('fail a job that took its worker down twice, and look for dead workers as often as a lock lasts', () => {
    expect(options.maxStalledCount).toBe(1);
    expect(options).toMatchObject({ lockDuration: 30_000, stalledInterval: 30_000 });
  });
});
