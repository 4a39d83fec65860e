import { DynamicModule, Module } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import { ThrottlerModule } from '@nestjs/throttler';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { PostgresThrottlerStorage, RedisThrottlerStorage } from './rate-limit-storage';

type TrackedRequest = { ip?: string; actor?: { userId: string } };
const address = (req: TrackedRequest) => `ip:${req.ip}`;

/**
 * Two limits per window, shared by every replica: per signed-in user (`RATE_LIMIT_PER_USER`) and per client
 * address (`RATE_LIMIT_PER_IP`, also for requests without a token). Counts live in Redis when REDIS_URL is set,
 * else in PostgreSQL. The address guard runs before authentication (so token guessing is limited too), the user
 * guard after it (so it knows the user).
 */
@Module({})
export class RateLimitModule {
  static forRoot(config: AppConfig): DynamicModule {
    const ttl = config.rateLimit.windowSeconds * 1000;
    return {
      module: RateLimitModule,
      imports: [
        ThrottlerModule.forRootAsync({
          inject: [getDataSourceToken()],
          useFactory: (dataSource: DataSource) => ({
            storage:
              config.queue.backend === 'redis'
                ? new RedisThrottlerStorage(config.queue.url, config.database.connectTimeoutMs)
                : new PostgresThrottlerStorage(dataSource),
            throttlers: [
              {
                name: 'user',
                ttl,
                limit: config.rateLimit.perUser,
                getTracker: (req: TrackedRequest) => req.actor?.userId ?? address(req),
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
