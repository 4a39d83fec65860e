import { Injectable } from '@nestjs/common';
import { collectDefaultMetrics, Counter, Histogram, Registry } from 'prom-client';

/** Seconds: GraphQL operations and HTTP requests (most below 100 ms; reports up to a few seconds). */
const REQUEST_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
/** Seconds: jobs run from milliseconds (matching) to minutes (imports). */
const JOB_BUCKETS = [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300];
/** The GraphQL operation a request executed, as recorded before execution. */
export interface ExecutedOperation {
  name: string;
  type: 'query' | 'mutation' | 'subscription';
}

/**
 * This process's Prometheus metrics, in a registry of its own (not prom-client's global one), so that each
 * application (and each app of an e2e run) reports its own queues and pool. Metric names are in OPERATIONS.md.
 */
@Injectable()
export class AppMetrics {
  readonly registry = new Registry();

  readonly httpDuration = new Histogram({
    name: 'wsp_http_request_duration_seconds',
    help: 'HTTP requests by method, route and status code',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: REQUEST_BUCKETS,
    registers: [this.registry],
  });

  readonly graphqlDuration = new Histogram({
    name: 'wsp_graphql_operation_duration_seconds',
    help: 'GraphQL requests by operation name and type, from arrival to response sent',
    labelNames: ['operation', 'type'] as const,
    buckets: REQUEST_BUCKETS,
    registers: [this.registry],
  });

  readonly graphqlErrors = new Counter({
    name: 'wsp_graphql_errors_total',
    help: 'Errors in GraphQL responses by extensions.code',
    labelNames: ['code'] as const,
    registers: [this.registry],
  });

  readonly jobDuration = new Histogram({
    name: 'wsp_queue_job_duration_seconds',
    help: 'Processed jobs by queue, job name and outcome (completed or failed)',
    labelNames: ['queue', 'job', 'outcome'] as const,
    buckets: JOB_BUCKETS,
    registers: [this.registry],
  });

  private readonly operations = new WeakMap<object, ExecutedOperation>();

  constructor() {
    collectDefaultMetrics({ register: this.registry, prefix: 'wsp_' });
  }

  /**
   * Remembers which operation `request` executes, for its duration when the response is sent. `name` comes from
   * the schema (the root field), never from the client, so a label can hold nothing a client typed.
   */
  recordOperation(request: object, name: string, type: ExecutedOperation['type']): void {
    this.operations.set(request, { name, type });
  }

  operationOf(request: object): ExecutedOperation | undefined {
    return this.operations.get(request);
  }
}
