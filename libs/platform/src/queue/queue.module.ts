import { BullModule } from '@nestjs/bullmq';
import { DynamicModule, Global, Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { DATABASE_URL } from '../database/database.module';
import { JobHandlerRegistry } from './job-handler-registry';
import { JobQueue } from './job-queue';
import { OutboxRelay } from './outbox';
import { ALL_QUEUE_NAMES } from './jobs';
import { PingJobHandler } from './ping.job';
import { processorFor } from './queue-processor';
import { queueConnection } from './queue-connection';

/**
 * The queue: producers everywhere; workers only where `workers` is true (inside the API in embedded mode,
 * in apps/worker in production). Job handlers of domain libraries are found by `@HandlesJob`.
 */
@Global()
@Module({})
export class QueueModule {
  static forRoot({ workers, lockDurationMs }: { workers: boolean; lockDurationMs: number }): DynamicModule {
    return {
      module: QueueModule,
      imports: [
        DiscoveryModule,
        BullModule.forRootAsync({
          inject: [APP_CONFIG, DATABASE_URL],
          useFactory: (config: AppConfig, databaseUrl: string) => ({
            connection: queueConnection(config, databaseUrl),
          }),
        }),
        BullModule.registerQueue(...ALL_QUEUE_NAMES.map((name) => ({ name }))),
      ],
      providers: [
        JobQueue,
        PingJobHandler,
        ...(workers
          ? [JobHandlerRegistry, OutboxRelay, ...ALL_QUEUE_NAMES.map((name) => processorFor(name, lockDurationMs))]
          : []),
      ],
      exports: [JobQueue, BullModule],
    };
  }
}
