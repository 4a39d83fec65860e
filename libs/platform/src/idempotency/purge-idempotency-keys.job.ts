import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { HandlesJob, JobHandler } from '../queue/job-handler';
import { JobQueue } from '../queue/job-queue';
import { JobName, JobResults } from '../queue/jobs';
import { IdempotencyKeys } from './idempotency-keys';

/** Daily at 03:15 Dutch time: idempotency keys past their 24 hours go. */
@Injectable()
@HandlesJob(JobName.PURGE_IDEMPOTENCY_KEYS)
export class PurgeIdempotencyKeysJob implements JobHandler<JobName.PURGE_IDEMPOTENCY_KEYS>, OnApplicationBootstrap {
  constructor(
    private readonly keys: IdempotencyKeys,
    private readonly queue: JobQueue,
  ) {}

  onApplicationBootstrap(): void {
    this.queue.schedule(
      'purge-idempotency-keys-daily',
      { pattern: '0 15 3 * * *', tz: 'Europe/Amsterdam' },
      JobName.PURGE_IDEMPOTENCY_KEYS,
      {},
    );
  }

  async handle(): Promise<JobResults[JobName.PURGE_IDEMPOTENCY_KEYS]> {
    return { purged: await this.keys.purgeExpired() };
  }
}
