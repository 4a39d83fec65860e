import { DynamicModule, Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { TerminusModule } from '@nestjs/terminus';
import { Draining } from './draining';
import { HealthController, READINESS_INCLUDES_IDENTITY, READINESS_INCLUDES_QUEUE } from './health.controller';
import { SchemaStateRepository } from './schema-state.repository';

/**
 * `/health/live` and `/health/ready`. Readiness means "can do its work": the API serves with the database alone
 * (writes leave their jobs in the outbox while the queue is away), so only the worker's readiness asks the queue.
 */
@Module({})
export class HealthModule {
  /** `identity`: readiness waits for the identity provider's signing keys (the API's; the worker takes no tokens). */
  static forRoot({ queue, identity }: { queue: boolean; identity: boolean }): DynamicModule {
    return {
      module: HealthModule,
      imports: [TerminusModule.forRoot({ gracefulShutdownTimeoutMs: 0 }), AuthModule],
      controllers: [HealthController],
      providers: [
        Draining,
        SchemaStateRepository,
        { provide: READINESS_INCLUDES_QUEUE, useValue: queue },
        { provide: READINESS_INCLUDES_IDENTITY, useValue: identity },
      ],
      exports: [Draining],
    };
  }
}
