import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Gauge } from 'prom-client';
import { DataSource } from 'typeorm';
import { JobQueue } from '../queue/job-queue';
import { ALL_QUEUE_NAMES } from '../queue/jobs';
import { AppMetrics } from './app-metrics';

const JOB_STATES = ['waiting', 'prioritized', 'delayed', 'active', 'failed'] as const;

/** The pg pool under TypeORM's PostgreSQL driver (`master`): its counters are all this reads. */
interface PoolCounters {
  totalCount: number;
  idleCount: number;
  waitingCount: number;
  options: { max: number };
}

/**
 * Gauges read when Prometheus scrapes: queue depth per state, the outbox's backlog and the age of its oldest
 * row (how far the queue lags behind committed changes), and the database pool's connections.
 */
@Injectable()
export class RuntimeGauges implements OnModuleInit {
  constructor(
    private readonly metrics: AppMetrics,
    private readonly queue: JobQueue,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  onModuleInit(): void {
    const registers = [this.metrics.registry];
    const queue = this.queue;
    const dataSource = this.dataSource;

    new Gauge({
      name: 'wsp_queue_jobs',
      help: 'Jobs in each queue by state',
      labelNames: ['queue', 'state'] as const,
      registers,
      async collect() {
        this.reset();
        for (const name of ALL_QUEUE_NAMES) {
          const counts = await queue.queue(name).getJobCounts(...JOB_STATES);
          for (const state of JOB_STATES) this.set({ queue: name, state }, counts[state] ?? 0);
        }
      },
    });

    new Gauge({
      name: 'wsp_outbox_pending',
      help: 'Outbox rows not relayed yet',
      registers,
      async collect() {
        const [row]: { pending: number }[] = await dataSource.query(
          'SELECT count(*)::int AS pending FROM outbox WHERE relayed_at IS NULL',
        );
        this.set(row.pending);
      },
    });
    new Gauge({
      name: 'wsp_outbox_lag_seconds',
      help: 'Age of the oldest outbox row not relayed yet (0 when none waits)',
      registers,
      async collect() {
        const [row]: { lag: number }[] = await dataSource.query(
          `SELECT coalesce(extract(epoch FROM now() - min(created_at)), 0)::float8 AS lag
             FROM outbox WHERE relayed_at IS NULL`,
        );
        this.set(row.lag);
      },
    });

    new Gauge({
      name: 'wsp_db_pool_connections',
      help: 'Connections of the primary database pool: total, idle, max, and requests waiting for one',
      labelNames: ['state'] as const,
      registers,
      collect() {
        const pool = (dataSource.driver as unknown as { master?: PoolCounters }).master;
        if (!pool) return;
        this.set({ state: 'total' }, pool.totalCount);
        this.set({ state: 'idle' }, pool.idleCount);
        this.set({ state: 'waiting' }, pool.waitingCount);
        this.set({ state: 'max' }, pool.options.max);
      },
    });
  }
}
