import { InjectQueue } from '@nestjs/bullmq';
import { Inject, Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { setTimeout as sleep } from 'node:timers/promises';
import { Job, JobsOptions, JobState, Queue } from 'bullmq';
import { DomainError } from '../errors/domain-error';
import { valueWithin, withTimeout } from '../runtime/timeouts';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { currentTraceParent } from '../observability/trace-context';
import { JOB_QUEUE, JobName, JobPayloads, QueueName } from './jobs';

/** How often a job runs before it fails for good (with exponential backoff from one second). */
export const JOB_ATTEMPTS = 5;

/**
 * On Redis a command fails after 500 ms (producerConnection), but a producer whose link went silent can first wait
 * for its reconnection (seen: 16 s): past this the caller hears SERVICE_UNAVAILABLE. A job added after all is no
 * harm: ids dedupe (the outbox relays again with the same id) or it is a matching run asked for.
 */
const REDIS_ENQUEUE_DEADLINE_MS = 750;

/** A schedule the queue could not take yet is offered again after this long, growing to the cap. */
const SCHEDULE_RETRY_MS = 1000;
const SCHEDULE_RETRY_CAP_MS = 30_000;

/** The producer side of the registry: enqueue a named job with its typed payload. */
@Injectable()
export class JobQueue implements OnModuleDestroy {
  private readonly queues: Record<QueueName, Queue>;
  private readonly logger = new Logger(JobQueue.name);
  private readonly scheduling: Promise<void>[] = [];
  private readonly closing = new AbortController();

  /** Redis only: how long adding a job may take in all, waits for a (re)connection included. */
  private readonly enqueueDeadlineMs: number | undefined;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    @InjectQueue(QueueName.SYSTEM) system: Queue,
    @InjectQueue(QueueName.IMPORTS) imports: Queue,
    @InjectQueue(QueueName.MATCHING) matching: Queue,
    @InjectQueue(QueueName.MAIL) mail: Queue,
  ) {
    this.enqueueDeadlineMs = config.queue.backend === 'redis' ? REDIS_ENQUEUE_DEADLINE_MS : undefined;
    this.queues = {
      [QueueName.SYSTEM]: system,
      [QueueName.IMPORTS]: imports,
      [QueueName.MATCHING]: matching,
      [QueueName.MAIL]: mail,
    };
    // A backend connection lost (database or Redis restarting) is reported here; the backend reconnects by itself.
    for (const [name, queue] of Object.entries(this.queues)) {
      queue.on('error', (error) => this.logger.warn({ queue: name, error: error.message }, 'queue connection error'));
    }
  }

  /**
   * `jobId` is the idempotency key: while a job with that id exists, adding it again is a no-op. The job
   * continues the trace of `traceParent` (the outbox's record of its cause), else of the active span.
   */
  async enqueue<N extends JobName>(
    name: N,
    payload: JobPayloads[N],
    {
      traceParent = currentTraceParent(),
      ...options
    }: Pick<JobsOptions, 'jobId' | 'delay'> & { traceParent?: string } = {},
  ): Promise<Job> {
    if (options.jobId?.includes(':')) throw new Error(`Job id may not contain ':' (${options.jobId})`);
    try {
      const adding = this.add(name, payload, traceParent, options);
      return await (this.enqueueDeadlineMs ? withTimeout(adding, this.enqueueDeadlineMs) : adding);
    } catch (error) {
      // The producer fails fast while the backend is away (see producerConnection): the caller hears so at once.
      this.logger.warn({ job: name, error: error instanceof Error ? error.message : String(error) }, 'enqueue failed');
      await this.reconnectAfterTimeout(this.queues[JOB_QUEUE[name]], error);
      throw DomainError.unavailable('The job queue cannot be reached right now; try again shortly');
    }
  }

  /**
   * A Redis command that timed out: the link may have gone silent rather than closed, and a silent connection can
   * stay stuck after the network heals; a fresh one (ioredis reconnects at once) is the way back.
   */
  private async reconnectAfterTimeout(queue: Queue, error: unknown): Promise<void> {
    if (!(error instanceof Error) || !/^(Command timed out|timed out after)/.test(error.message)) return;
    const { client } = queue.backend as { client?: Promise<{ disconnect(reconnect?: boolean): void }> };
    const redis = client && (await valueWithin(client, 100));
    redis?.disconnect(true);
  }

  private add<N extends JobName>(
    name: N,
    payload: JobPayloads[N],
    traceParent: string | undefined,
    options: Pick<JobsOptions, 'jobId' | 'delay'>,
  ): Promise<Job> {
    return this.queues[JOB_QUEUE[name]].add(name, payload, {
      attempts: JOB_ATTEMPTS,
      backoff: { type: 'exponential', delay: 1000 },
      // By age only: a job id dedupes for a whole day however busy the queue is, and trimming by age is an index
      // range delete, where keeping a count makes the PostgreSQL backend sort the kept jobs at every completion.
      removeOnComplete: { age: 24 * 3600 },
      removeOnFail: { age: 7 * 24 * 3600 },
      // BullMQ's slot for context propagation; its own telemetry is not used, so it holds a W3C traceparent.
      ...(traceParent ? { telemetry: { metadata: traceParent } } : {}),
      ...options,
    });
  }

  /**
   * A repeating job (cron `pattern` in `tz`, or `every` so many milliseconds); upserting by `schedulerId` is
   * idempotent, so every replica offers its schedules at start. A replica starts while its queue is away: the
   * schedule is offered again in the background until the queue takes it, never holding the start.
   */
  schedule<N extends JobName>(
    schedulerId: string,
    repeat: { pattern: string; tz: string } | { every: number },
    name: N,
    payload: JobPayloads[N],
  ): void {
    const upsert = () =>
      this.queues[JOB_QUEUE[name]].upsertJobScheduler(schedulerId, repeat, {
        name,
        data: payload,
        opts: {
          attempts: 5,
          backoff: { type: 'exponential', delay: 60_000 },
          removeOnComplete: 100,
          removeOnFail: 100,
        },
      });
    this.scheduling.push(this.offerUntilTaken(schedulerId, upsert));
  }

  /** Settles once every schedule offered so far is in the queue (or the app is closing). */
  async schedulesInPlace(): Promise<void> {
    await Promise.all(this.scheduling);
  }

  onModuleDestroy(): void {
    this.closing.abort();
  }

  private async offerUntilTaken(schedulerId: string, upsert: () => Promise<unknown>): Promise<void> {
    for (let attempt = 1; !this.closing.signal.aborted; attempt++) {
      try {
        await upsert();
        if (attempt > 1) this.logger.log({ scheduler: schedulerId, attempt }, 'job schedule in place');
        return;
      } catch (error) {
        if (attempt === 1) {
          const reason = error instanceof Error ? error.message : String(error);
          this.logger.warn({ scheduler: schedulerId, error: reason }, 'job schedule not taken yet; offering again');
        }
        const delay = Math.min(SCHEDULE_RETRY_MS * 2 ** (attempt - 1), SCHEDULE_RETRY_CAP_MS);
        await sleep(delay, undefined, { signal: this.closing.signal, ref: false }).catch(() => undefined);
      }
    }
  }

  /** Where a job is now; `gone` when the queue no longer has it (removed, or never added). */
  async stateOf(name: JobName, jobId: string): Promise<JobState | 'unknown' | 'gone'> {
    const job = await this.queues[JOB_QUEUE[name]].getJob(jobId);
    return job ? job.getState() : 'gone';
  }

  queue(name: QueueName): Queue {
    return this.queues[name];
  }
}
