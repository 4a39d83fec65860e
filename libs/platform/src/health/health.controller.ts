import { InjectQueue } from '@nestjs/bullmq';
import { Controller, Get, Inject } from '@nestjs/common';
import { SkipThrottle } from '@nestjs/throttler';
import { HealthCheck, HealthCheckService, HealthIndicatorService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { Queue } from 'bullmq';
import { Public } from '../auth/permissions.decorator';
import { QueueName } from '../queue/jobs';
import { withTimeout } from '../runtime/timeouts';
import { Draining } from './draining';

/** Whether readiness asks the queue backend too (the worker's does; the API's does not). */
export const READINESS_INCLUDES_QUEUE = Symbol('READINESS_INCLUDES_QUEUE');

/**
 * Liveness (the process answers) and readiness (the database answers, and for the worker the queue backend too);
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
      ...(this.includesQueue ? [() => this.queueCheck()] : []),
    ]);
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
