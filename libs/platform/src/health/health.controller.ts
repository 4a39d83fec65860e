import { InjectQueue } from '@nestjs/bullmq';
import { Controller, Get } from '@nestjs/common';
import { SkipThrottle } from '@nestjs/throttler';
import { HealthCheck, HealthCheckService, HealthIndicatorService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { Queue } from 'bullmq';
import { Public } from '../auth/permissions.decorator';
import { QueueName } from '../queue/jobs';
import { withTimeout } from '../runtime/timeouts';
import { Draining } from './draining';

/** Liveness (the process answers) and readiness (database and queue reachable); open for orchestrators, not rate limited. */
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
      async () => {
        const indicator = this.indicators.check('queue');
        try {
          await withTimeout(this.queue.getJobCounts('waiting'), 2000);
          return indicator.up();
        } catch (error) {
          return indicator.down({ message: error instanceof Error ? error.message : 'unreachable' });
        }
      },
    ]);
  }
}
