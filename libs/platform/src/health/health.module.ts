import { DynamicModule, Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { Draining } from './draining';
import { HealthController, READINESS_INCLUDES_QUEUE } from './health.controller';

/**
 * `/health/live` and `/health/ready`. Readiness means "can do its work": the API serves with the database alone
 * (writes leave their jobs in the outbox while the queue is away), so only the worker's readiness asks the queue.
 */
@Module({})
export class HealthModule {
  static forRoot({ queue }: { queue: boolean }): DynamicModule {
    return {
      module: HealthModule,
      imports: [TerminusModule.forRoot({ gracefulShutdownTimeoutMs: 0 })],
      controllers: [HealthController],
      providers: [Draining, { provide: READINESS_INCLUDES_QUEUE, useValue: queue }],
      exports: [Draining],
    };
  }
}
