import { OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger, OnModuleDestroy, Type } from '@nestjs/common';
import { SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import { contextOfTraceParent } from '../observability/trace-context';
import { Job } from 'bullmq';
import { PinoLogger } from 'nestjs-pino';
import { AppMetrics } from '../metrics/app-metrics';
import { JobHandlerRegistry } from './job-handler-registry';
import { QueueName } from './jobs';

/**
 * One BullMQ worker per queue, dispatching each job by name to its registered handler. A worker renews its claim
 * on a running job every half `lockDurationMs`; when it dies, the stalled check (as often as the lock lasts)
 * hands the job to another worker, once.
 */
export function processorFor(queue: QueueName, lockDurationMs: number, concurrency = 2): Type<WorkerHost> {
  @Processor(queue, { concurrency, lockDuration: lockDurationMs, stalledInterval: lockDurationMs })
  class QueueProcessor extends WorkerHost implements OnModuleDestroy {
    private readonly logger = new Logger(`Queue:${queue}`);

    constructor(
      private readonly registry: JobHandlerRegistry,
      private readonly metrics: AppMetrics,
      private readonly pino: PinoLogger,
    ) {
      super();
    }

    /**
     * Stop taking jobs and let the running ones finish while queues and the database are still open: they
     * close on application shutdown, which comes later, and a job that enqueues on a closed queue would wait forever.
     */
    async onModuleDestroy(): Promise<void> {
      await this.worker.close();
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
