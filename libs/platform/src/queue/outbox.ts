import { Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Transactions } from '../database/transactions';
import { currentTraceParent } from '../observability/trace-context';
import { JobQueue } from './job-queue';
import { JobName, JobPayloads } from './jobs';

/**
 * Records a job in the transaction of the change that causes it: if the change commits, the job will be
 * enqueued (by the relay, also after a queue outage); if it rolls back, there is no job. `jobId` is the
 * idempotency key (e.g. entity and version), so a retried relay duplicates nothing.
 */
@Injectable()
export class Outbox {
  constructor(private readonly transactions: Transactions) {}

  async record<N extends JobName>(name: N, payload: JobPayloads[N], jobId: string): Promise<void> {
    if (jobId.includes(':')) throw new Error(`Job id may not contain ':' (${jobId})`);
    await this.transactions.tx.query(
      'INSERT INTO outbox (job_name, job_id, payload, trace_parent) VALUES ($1, $2, $3, $4)',
      [name, jobId, payload, currentTraceParent() ?? null],
    );
  }
}

/** The idempotency key of a job caused by one version of an entity: later versions are new jobs, retries are not. */
export function versionJobId(name: JobName, entityId: string, version: number): string {
  return `${name}-${entityId}-v${version}`;
}

const BATCH = 100;
const IDLE_DELAY_MS = 250;
const ERROR_DELAY_MS = 2000;

/**
 * Moves outbox rows to the queue, oldest first. Rows are locked while being relayed (SKIP LOCKED, so relays
 * of several workers share the work) and marked relayed only after the queue accepted them; a failure leaves
 * them for the next round.
 */
@Injectable()
export class OutboxRelay implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(OutboxRelay.name);
  private running = false;
  private timer?: NodeJS.Timeout;
  private current?: Promise<number>;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly queue: JobQueue,
  ) {}

  onApplicationBootstrap(): void {
    this.running = true;
    this.schedule(0);
  }

  /** Before the queue and the database pool close (they do so on application shutdown, which comes later). */
  async onModuleDestroy(): Promise<void> {
    this.running = false;
    clearTimeout(this.timer);
    await this.current?.catch(() => undefined);
  }

  /** Relays one batch; returns how many rows it moved. */
  async relayBatch(): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const rows: { id: string; job_name: JobName; job_id: string; payload: never; trace_parent: string | null }[] =
        await manager.query(
          `SELECT id, job_name, job_id, payload, trace_parent FROM outbox WHERE relayed_at IS NULL
          ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED`,
          [BATCH],
        );
      for (const row of rows) {
        await this.queue.enqueue(row.job_name, row.payload, {
          jobId: row.job_id,
          traceParent: row.trace_parent ?? undefined,
        });
      }
      if (rows.length > 0) {
        await manager.query('UPDATE outbox SET relayed_at = now() WHERE id = ANY($1)', [rows.map((r) => r.id)]);
      }
      return rows.length;
    });
  }

  private schedule(delayMs: number): void {
    if (!this.running) return;
    this.timer = setTimeout(() => {
      this.current = this.relayBatch();
      this.current.then(
        (moved) => this.schedule(moved === BATCH ? 0 : IDLE_DELAY_MS),
        (error: unknown) => {
          this.logger.warn(
            { error: error instanceof Error ? error.message : String(error) },
            'outbox relay failed; retrying',
          );
          this.schedule(ERROR_DELAY_MS);
        },
      );
    }, delayMs);
  }
}
