import { OnModuleDestroy } from '@nestjs/common';
import { ThrottlerStorage } from '@nestjs/throttler';
import Redis from 'ioredis';
import { DataSource } from 'typeorm';
import { preparedQuery } from '../database/prepared-query';

/** What @nestjs/throttler expects back from a storage, times in seconds. */
export interface WindowCount {
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

/** One hit on `key`, whose window lasts `ttl` ms and allows `limit` hits. */
export interface WindowCheck {
  key: string;
  ttl: number;
  limit: number;
}

/**
 * A shared store that also counts several keys in one round trip: a signed-in request's address and user
 * limits are counted together, so rate limiting costs one statement per request, not two.
 */
export interface WindowStorage extends ThrottlerStorage {
  /** One hit on each of `checks` (distinct keys), counted at once; the counts in the same order. */
  incrementMany(checks: readonly WindowCheck[]): Promise<WindowCount[]>;
}

/**
 * Counts in PostgreSQL (an unlogged table: counts need no crash safety), so every API replica sees the same
 * counts without Redis. One upsert per round trip; expired windows restart in place and are swept now and then.
 */
export class PostgresThrottlerStorage implements WindowStorage {
  constructor(private readonly dataSource: DataSource) {}

  async increment(key: string, ttl: number, limit: number): Promise<WindowCount> {
    const [count] = await this.incrementMany([{ key, ttl, limit }]);
    return count;
  }

  async incrementMany(checks: readonly WindowCheck[]): Promise<WindowCount[]> {
    // Keys are locked in the order given; callers give the address before the user, so two requests never wait
    // on each other's rows crosswise.
    const rows = await preparedQuery<{ key: string; hits: number; ms_left: number }>(
      this.dataSource,
      `WITH counted AS (
         INSERT INTO rate_limit_window AS w (key, hits, expires_at)
         SELECT c.key, 1, clock_timestamp() + c.ttl * interval '1 millisecond'
           FROM unnest($1::text[], $2::int[]) WITH ORDINALITY AS c(key, ttl, position)
          ORDER BY c.position
         ON CONFLICT (key) DO UPDATE
           SET hits = CASE WHEN w.expires_at <= clock_timestamp() THEN 1 ELSE w.hits + 1 END,
               expires_at = CASE WHEN w.expires_at <= clock_timestamp() THEN EXCLUDED.expires_at ELSE w.expires_at END
         RETURNING key, hits, expires_at)
       SELECT key, hits, extract(epoch FROM expires_at - clock_timestamp()) * 1000 AS ms_left FROM counted`,
      [checks.map((check) => check.key), checks.map((check) => check.ttl)],
    );
    if (Math.random() < 0.001) {
      await this.dataSource.query(`DELETE FROM rate_limit_window WHERE expires_at < now() - interval '1 hour'`);
    }
    const byKey = new Map(rows.map((row) => [row.key, row]));
    return checks.map(({ key, limit }) => {
      const row = byKey.get(key)!;
      return windowCount(row.hits, Number(row.ms_left), limit);
    });
  }
}

/** Counts in Redis when the deployment has it: one atomic script per round trip, each key expiring with its window. */
export class RedisThrottlerStorage implements WindowStorage, OnModuleDestroy {
  private readonly redis: Redis;

  constructor(url: string, connectTimeoutMs: number) {
    this.redis = new Redis(url, { connectTimeout: connectTimeoutMs, maxRetriesPerRequest: 2, lazyConnect: true });
  }

  async increment(key: string, ttl: number, limit: number): Promise<WindowCount> {
    const [count] = await this.incrementMany([{ key, ttl, limit }]);
    return count;
  }

  async incrementMany(checks: readonly WindowCheck[]): Promise<WindowCount[]> {
    const counts = (await this.redis.eval(
      `local counts = {}
       for i, key in ipairs(KEYS) do
         local hits = redis.call('INCR', key)
         if hits == 1 then redis.call('PEXPIRE', key, ARGV[i]) end
         counts[#counts + 1] = hits
         counts[#counts + 1] = redis.call('PTTL', key)
       end
       return counts`,
      checks.length,
      ...checks.map((check) => `wsp:rate:${check.key}`),
      ...checks.map((check) => check.ttl),
    )) as number[];
    return checks.map((check, i) => windowCount(counts[2 * i], counts[2 * i + 1], check.limit));
  }

  /** A polite QUIT when connected; while Redis is away, QUIT would wait for it forever, so just disconnect. */
  async onModuleDestroy(): Promise<void> {
    if (this.redis.status === 'ready') await this.redis.quit().catch(() => this.redis.disconnect());
    else this.redis.disconnect();
  }
}
