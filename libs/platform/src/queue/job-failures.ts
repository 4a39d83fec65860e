import { Injectable, Logger } from '@nestjs/common';
import { Job } from 'bullmq';
import { Counter } from 'prom-client';
import { AppMetrics } from '../metrics/app-metrics';
import { JobHandlerRegistry } from './job-handler-registry';
import { JobQueue } from './job-queue';
import { JobName, QueueName } from './jobs';

/** A job given up for good is run again under a new id at most this often; then it stays failed, logged. */
export const MAX_REDRIVES = 3;
const REDRIVE_SUFFIX = /-redrive(\d+)$/;

/**
 * What happens when the queue gives a job up for good: it is logged at error with its id and the reason, its
 * handler records the failure where people look (a matching run becomes FAILED with the reason), and the job is
 * enqueued again under a new id (`<id>-redrive<n>`, since an id dedupes while the failed job is kept), so the
 * vacancy or profile is matched in the end. Jobs are idempotent by design, so running one again is safe.
 */
@Injectable()
export class JobFailures {
  private readonly logger = new Logger(JobFailures.name);
  private readonly failedForGoodTotal: Counter<'queue' | 'job'>;
  private readonly redrivenTotal: Counter<'queue' | 'job'>;

  constructor(
    private readonly registry: JobHandlerRegistry,
    private readonly queue: JobQueue,
    metrics: AppMetrics,
  ) {
    this.failedForGoodTotal = new Counter({
      name: 'wsp_queue_jobs_failed_for_good_total',
      help: 'Jobs the queue gave up (attempts used up, or stalled past the limit) by queue and job name',
      labelNames: ['queue', 'job'] as const,
      registers: [metrics.registry],
    });
    this.redrivenTotal = new Counter({
      name: 'wsp_queue_jobs_redriven_total',
      help: 'Jobs given up and enqueued again under a new id, by queue and job name',
      labelNames: ['queue', 'job'] as const,
      registers: [metrics.registry],
    });
  }

  async failedForGood(queue: QueueName, job: Job, error: Error): Promise<void> {
    const name = job.name as JobName;
    const jobId = job.id!;
    const reason = error.message.slice(0, 500);
    this.failedForGoodTotal.inc({ queue, job: name });
    const redrives = Number(REDRIVE_SUFFIX.exec(jobId)?.[1] ?? 0);
    const again = redrives < MAX_REDRIVES;
    this.logger.error(
      { jobId, job: name, attempts: job.attemptsMade, reason, redrive: again },
      again ? 'job failed for good; it will run again under a new id' : 'job failed for good, also after re-drives',
    );
    await this.registry.get(name).failed?.(job.data as never, { jobId, reason });
    if (!again) return;
    const base = jobId.replace(REDRIVE_SUFFIX, '');
    await this.queue.enqueue(name, job.data as never, { jobId: `${base}-redrive${redrives + 1}` });
    this.redrivenTotal.inc({ queue, job: name });
  }
}
