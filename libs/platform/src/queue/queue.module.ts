import { BullModule } from '@nestjs/bullmq';
import { DynamicModule, Global, Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { AppConfig } from '../config/app-config';
import { JobFailures } from './job-failures';
import { JobHandlerRegistry } from './job-handler-registry';
import { JobQueue } from './job-queue';
import { OutboxRelay } from './outbox';
import { ALL_QUEUE_NAMES } from './jobs';
import { PingJobHandler } from './ping.job';
import { PurgeIdempotencyKeysJob } from '../idempotency/purge-idempotency-keys.job';
import { processorFor } from './queue-processor';
import { producerConnection, queueConnection } from './queue-connection';

/**
 * The queue: producers everywhere; workers only where `workers` is true (inside the API in embedded mode,
 * in apps/worker in production). Job handlers of domain libraries are found by `@HandlesJob`.
 */
@Global()
@Module({})
export class QueueModule {
  static forRoot({
    config,
    databaseUrl,
    workers,
  }: {
    config: AppConfig;
    databaseUrl: string;
    workers: boolean;
  }): DynamicModule {
    // Workers wait for their backend; producers fail fast (see producerConnection).
    const workerConnection = queueConnection(config, databaseUrl);
    const connection = producerConnection(config, databaseUrl);
    const lockDurationMs = config.queue.lockDurationMs;
    return {
      module: QueueModule,
      imports: [
        DiscoveryModule,
        BullModule.forRoot({ connection: workerConnection }),
        BullModule.registerQueue(...ALL_QUEUE_NAMES.map((name) => ({ name, connection }))),
      ],
      providers: [
        JobQueue,
        PingJobHandler,
        PurgeIdempotencyKeysJob,
        ...(workers
          ? [
              JobHandlerRegistry,
              JobFailures,
              OutboxRelay,
              ...ALL_QUEUE_NAMES.map((name) => processorFor(name, { lockDurationMs, connection: workerConnection })),
            ]
          : []),
      ],
      exports: [JobQueue, BullModule],
    };
  }
}
