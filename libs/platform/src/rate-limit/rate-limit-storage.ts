import { OnModuleDestroy } from '@nestjs/common';
import { ThrottlerStorage } from '@nestjs/throttler';
import Redis from 'ioredis';
import { DataSource } from 'typeorm';
import { preparedQuery } from '../database/prepared-query';

/** What @nestjs/throttler expects back from a storage, times in seconds. */
interface WindowCount {
  totalHits: number;
  timeToExpire: number;
  isBlocked: boolean;
  timeToBlockExpire: number;
}

/** A fixed window per key: the hits since the window opened, and the seconds until it closes. */
const windowCount = (hits: number, msLeft: number, limit: number): WindowCount => {
  const seconds = Math.max(1, Math.ceil(msLeft / 1000));
  return {
    totalHits: hits,
    timeToExpire: seconds,
    isBlocked: hits > limit,
    timeToBlockExpire: hits > limit ? seconds : 0,
  };
};

/**
 * Counts in PostgreSQL (an unlogged table: counts need no crash safety), so every API replica sees the same
 * counts without Redis. One upsert per check; expired windows restart in place and are swept now and then.
 */
export class PostgresThrottlerStorage implements ThrottlerStorage {
  constructor(private readonly dataSource: DataSource) {}

  async increment(key: string, ttl: number, limit: number): Promise<WindowCount> {
    const [row] = await preparedQuery<{ hits: number; ms_left: number }>(
      this.dataSource,
      `WITH counted AS (
         INSERT INTO rate_limit_window AS w (key, hits, expires_at)
         VALUES ($1, 1, clock_timestamp() + $2 * interval '1 millisecond')
         ON CONFLICT (key) DO UPDATE
           SET hits = CASE WHEN w.expires_at <= clock_timestamp() THEN 1 ELSE w.hits + 1 END,
               expires_at = CASE WHEN w.expires_at <= clock_timestamp() THEN EXCLUDED.expires_at ELSE w.expires_at END
         RETURNING hits, expires_at)
       SELECT hits, extract(epoch FROM expires_at - clock_timestamp()) * 1000 AS ms_left FROM counted`,
      [key, ttl],
    );
    if (Math.random() < 0.001) {
      await this.dataSource.query(`DELETE FROM rate_limit_window WHERE expires_at < now() - interval '1 hour'`);
    }
    return windowCount(row.hits, Number(row.ms_left), limit);
  }
}

/** Counts in Redis when the deployment has it: one atomic script per check, the key expiring with its window. */
export class RedisThrottlerStorage implements ThrottlerStorage, OnModuleDestroy {
  private readonly redis: Redis;

  constructor(url: string, connectTimeoutMs: number) {
    this.redis = new Redis(url, { connectTimeout: connectTimeoutMs, maxRetriesPerRequest: 2, lazyConnect: true });
  }

  async increment(key: string, ttl: number, limit: number): Promise<WindowCount> {
    const [hits, msLeft] = (await this.redis.eval(
      `local hits = redis.call('INCR', KEYS[1])
       if hits == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
       return { hits, redis.call('PTTL', KEYS[1]) }`,
      1,
      `wsp:rate:${key}`,
      ttl,
    )) as [number, number];
    return windowCount(hits, msLeft, limit);
  }

  /** A polite QUIT when connected; while Redis is away, QUIT would wait for it forever, so just disconnect. */
  async onModuleDestroy(): Promise<void> {
    if (this.redis.status === 'ready') await this.redis.quit().catch(() => this.redis.disconnect());
    else this.redis.disconnect();
  }
}
