import { InjectQueue } from '@nestjs/bullmq';
import { Controller, Get, Inject } from '@nestjs/common';
import { SkipThrottle } from '@nestjs/throttler';
import { HealthCheck, HealthCheckService, HealthIndicatorService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { Queue } from 'bullmq';
import { Public } from '../auth/permissions.decorator';
import { TokenVerifier } from '../auth/token-verifier';
import { QueueName } from '../queue/jobs';
import { withTimeout } from '../runtime/timeouts';
import { Draining } from './draining';
import { SchemaStateRepository } from './schema-state.repository';

/** Whether readiness asks the queue backend too (the worker's does; the API's does not). */
export const READINESS_INCLUDES_QUEUE = Symbol('READINESS_INCLUDES_QUEUE');
/** Whether readiness waits for the identity provider's signing keys (the API's does; the worker takes no tokens). */
export const READINESS_INCLUDES_IDENTITY = Symbol('READINESS_INCLUDES_IDENTITY');

/**
 * Liveness (the process answers) and readiness (the database answers with this build's schema, and for the worker
 * the queue backend too);
 * open for orchestrators, not rate limited.
 */
@Controller('health')
@Public()
@SkipThrottle({ user: true, address: true })
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly database: TypeOrmHealthIndicator,
    private readonly indicators: HealthIndicatorService,
    @InjectQueue(QueueName.SYSTEM) private readonly queue: Queue,
    private readonly draining: Draining,
    @Inject(READINESS_INCLUDES_QUEUE) private readonly includesQueue: boolean,
    private readonly schema: SchemaStateRepository,
    private readonly tokens: TokenVerifier,
    @Inject(READINESS_INCLUDES_IDENTITY) private readonly includesIdentity: boolean,
  ) {}

  @Get('live')
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  @Get('ready')
  @HealthCheck()
  ready() {
    return this.health.check([
      () => {
        const indicator = this.indicators.check('process');
        return this.draining.active ? indicator.down({ message: 'shutting down' }) : indicator.up();
      },
      () => this.database.pingCheck('database', { timeout: 2000 }),
      () => this.schemaCheck(),
      ...(this.includesIdentity ? [() => this.identityCheck()] : []),
      ...(this.includesQueue ? [() => this.queueCheck()] : []),
    ]);
  }

  /** Every request would fail on a database without this build's schema: not ready until the migrations ran. */
  private async schemaCheck() {
    const indicator = this.indicators.check('schema');
    try {
      const state = await withTimeout(this.schema.state(), 2000);
      if (state.current) return indicator.up();
      return state.reason === 'NO_SCHEMA'
        ? indicator.down({ message: 'the database has no schema: run the migrations (wsp migrate)' })
        : indicator.down({
            message: `${state.pending.length} migration(s) pending: run the migrations (wsp migrate)`,
            pending: state.pending,
          });
    } catch (error) {
      return indicator.down({ message: error instanceof Error ? error.message : 'unreadable' });
    }
  }

  private identityCheck() {
    const indicator = this.indicators.check('identity');
    return this.tokens.ready
      ? indicator.up()
      : indicator.down({
          message: "an identity provider's signing keys are not known yet",
          waitingFor: this.tokens.unreachableIssuers,
        });
  }

  private async queueCheck() {
    const indicator = this.indicators.check('queue');
    try {
      await withTimeout(this.queue.getJobCounts('waiting'), 2000);
      return indicator.up();
    } catch (error) {
      return indicator.down({ message: error instanceof Error ? error.message : 'unreachable' });
    }
  }
}
