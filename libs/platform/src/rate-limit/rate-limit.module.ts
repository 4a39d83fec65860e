import { DynamicModule, Module } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import { ThrottlerModule } from '@nestjs/throttler';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { AppMetrics } from '../metrics/app-metrics';
import { FailOpenWindowCounter } from './fail-open-counter';
import { LeasingWindowStorage, PostgresWindowCounter, RedisWindowCounter } from './rate-limit-storage';
import { userTracker } from './rate-limit.guard';

type TrackedRequest = { ip?: string; actor?: { subject: string } };
const address = (req: TrackedRequest) => `ip:${req.ip}`;

/**
 * Two limits per window, shared by every replica: per signed-in user (`RATE_LIMIT_PER_USER`) and per client
 * address (`RATE_LIMIT_PER_IP`, also for requests without a token). Counts live in Redis when REDIS_URL is set,
 * else in PostgreSQL; a replica takes a busy client's hits from there in blocks (LeasingWindowStorage). The address guard runs before authentication (so token guessing is limited too) and, when
 * the token verifies, counts the user's hit in the same round trip; the user guard judges that count after
 * authentication (so only a known, active user is refused as a user).
 */
@Module({})
export class RateLimitModule {
  static forRoot(config: AppConfig): DynamicModule {
    const ttl = config.rateLimit.windowSeconds * 1000;
    return {
      module: RateLimitModule,
      imports: [
        ThrottlerModule.forRootAsync({
          inject: [getDataSourceToken(), AppMetrics],
          useFactory: (dataSource: DataSource, metrics: AppMetrics) => ({
            storage: new LeasingWindowStorage(
              new FailOpenWindowCounter(
                config.queue.backend === 'redis'
                  ? new RedisWindowCounter(config.queue.url, config.database.connectTimeoutMs)
                  : new PostgresWindowCounter(dataSource),
                metrics.registry,
              ),
            ),
            throttlers: [
              {
                name: 'user',
                ttl,
                limit: config.rateLimit.perUser,
                getTracker: (req: TrackedRequest) => (req.actor ? userTracker(req.actor.subject) : address(req)),
              },
              { name: 'address', ttl, limit: config.rateLimit.perIp, getTracker: address },
            ],
          }),
        }),
      ],
      exports: [ThrottlerModule],
    };
  }
}
