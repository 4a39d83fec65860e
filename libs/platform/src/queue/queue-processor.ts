import { OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger, OnModuleDestroy, Type } from '@nestjs/common';
import { SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import { contextOfTraceParent } from '../observability/trace-context';
import { ConnectionOptions, Job } from 'bullmq';
import { PinoLogger } from 'nestjs-pino';
import { AppMetrics } from '../metrics/app-metrics';
import { JobFailures } from './job-failures';
import { JOB_ATTEMPTS, JobQueue } from './job-queue';
import { JobHandlerRegistry } from './job-handler-registry';
import { QueueName } from './jobs';
import { settlesWithin, valueWithin } from '../runtime/timeouts';

/** How often the stalled check hands a job on before failing it. */
const MAX_STALLED_COUNT = 1;

/** BullMQ's reason for a job failed by the stalled check. */
const STALLED_TOO_OFTEN = 'job stalled more than allowable limit';

/**
 * One BullMQ worker per queue, dispatching each job by name to its registered handler. A worker renews its claim
 * on a running job every half `lockDurationMs`; when it dies, the stalled check (as often as the lock lasts)
 * hands the job to another worker, once: a job that took its worker down twice is failed (and re-driven, see
 * JobFailures). Stalls and attempts agree: a job starts at most JOB_ATTEMPTS times in all, whether its runs
 * ended in an error or in a crash.
 */
export function processorFor(
  queue: QueueName,
  {
    lockDurationMs,
    connection,
    concurrency = 2,
  }: { lockDurationMs: number; connection: ConnectionOptions; concurrency?: number },
): Type<WorkerHost> {
  @Processor(queue, {
    concurrency,
    lockDuration: lockDurationMs,
    stalledInterval: lockDurationMs,
    maxStalledCount: MAX_STALLED_COUNT,
    maxStartedAttempts: JOB_ATTEMPTS,
    connection,
  })
  class QueueProcessor extends WorkerHost implements OnModuleDestroy {
    private readonly logger = new Logger(`Queue:${queue}`);

    constructor(
      private readonly registry: JobHandlerRegistry,
      private readonly metrics: AppMetrics,
      private readonly pino: PinoLogger,
      private readonly failures: JobFailures,
      private readonly jobs: JobQueue,
    ) {
      super();
    }

    /**
     * Every failure, also one the handler never saw (a job stalled past the limit is failed by the stalled check):
     * once the job is failed for good rather than waiting for a retry, JobFailures records and re-drives it.
     */
    @OnWorkerEvent('failed')
    async onFailed(job: Job | undefined, error: Error): Promise<void> {
      if (job?.id) await this.checkFailed(job.id, () => Promise.resolve(job), error.message);
    }

    /** The stalled check re-queued a job, or failed it past the stall limit (BullMQ then emits no 'failed' here). */
    @OnWorkerEvent('stalled')
    async onStalled(jobId: string): Promise<void> {
      this.logger.warn({ jobId }, 'job stalled: its worker stopped renewing its lock');
      await this.checkFailed(
        jobId,
        async () => (await this.jobs.queue(queue).getJob(jobId)) ?? undefined,
        undefined,
        STALLED_TOO_OFTEN,
      );
    }

    private async checkFailed(
      jobId: string,
      load: () => Promise<Job | undefined>,
      error?: string,
      fallbackReason = 'failed',
    ): Promise<void> {
      try {
        const job = await load();
        if (!job || (await job.getState()) !== 'failed') return;
        // The stored reason may not be readable yet right after the stalled check failed the job.
        await this.failures.failedForGood(queue, job, new Error(error || job.failedReason || fallbackReason));
      } catch (failure) {
        this.logger.error(
          { jobId, error: failure instanceof Error ? failure.message : String(failure) },
          'a failed job could not be recorded or re-driven',
        );
      }
    }

    /**
     * Stop taking jobs and let the running ones finish while queues and the database are still open: they
     * close on application shutdown, which comes later, and a job that enqueues on a closed queue would wait forever.
     * However long a job runs, it is waited for while the backend answers; once the backend has been unreachable
     * for a lock's duration, the wait ends (those jobs cannot complete anyway: their locks lapse and another
     * worker takes them up, as after a crash). Closing itself then waits for nothing.
     */
    async onModuleDestroy(): Promise<void> {
      const pausing = this.worker.pause();
      let unreachableSince: number | undefined;
      while (!(await settlesWithin(pausing, 500))) {
        if (await this.backendReachable()) unreachableSince = undefined;
        else if (Date.now() - (unreachableSince ??= Date.now()) >= lockDurationMs) {
          this.logger.warn(
            'stopping without the running jobs: the queue backend has been unreachable for a lock duration',
          );
          break;
        }
      }
      await this.worker.close(true);
    }

    /** Redis: whether the worker's connection is up. PostgreSQL gives no such signal: taken as reachable. */
    private async backendReachable(): Promise<boolean> {
      const { client } = this.worker.backend as { client?: Promise<{ status?: string }> };
      if (!client) return true;
      return (await valueWithin(client, 100))?.status === 'ready';
    }

    /** A lost backend connection (database or Redis restarting): logged; the worker reconnects by itself. */
    @OnWorkerEvent('error')
    onError(error: Error): void {
      this.logger.warn({ error: error.message }, 'worker connection error');
    }

    /** Every log line written while a job runs carries the job's id: the correlation id of background work. */
    process(job: Job): Promise<unknown> {
      const attributes = { 'messaging.destination.name': queue, 'messaging.message.id': job.id ?? '' };
      // A job caused by a traced request continues that request's trace.
      const parent = contextOfTraceParent(job.opts.telemetry?.metadata);
      return trace
        .getTracer('wsp-crm')
        .startActiveSpan(`job ${job.name}`, { kind: SpanKind.CONSUMER, attributes }, parent, (span) =>
          this.pino
            .runInContext(() => this.run(job), { bindings: { queue, job: job.name, jobId: job.id } })
            .catch((error: unknown) => {
              span.setStatus({ code: SpanStatusCode.ERROR });
              throw error;
            })
            .finally(() => span.end()),
        );
    }

    private async run(job: Job): Promise<unknown> {
      const stopTimer = this.metrics.jobDuration.startTimer({ queue, job: job.name });
      try {
        // Payloads hold ids only, but are still not logged: the name and id say enough.
        const result = await this.registry.get(job.name).handle(job.data, {
          jobId: job.id ?? '',
          attempt: job.attemptsMade + 1,
          finalAttempt: job.attemptsMade + 1 >= (job.opts.attempts ?? 1),
        });
        const seconds = stopTimer({ outcome: 'completed' });
        this.logger.debug({ ms: Math.round(seconds * 1000) }, 'job done');
        return result;
      } catch (error) {
        stopTimer({ outcome: 'failed' });
        throw error;
      }
    }
  }
  Object.defineProperty(QueueProcessor, 'name', { value: `${queue[0].toUpperCase()}${queue.slice(1)}QueueProcessor` });
  return QueueProcessor;
}
