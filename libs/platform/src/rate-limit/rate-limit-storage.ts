import { OnModuleDestroy } from '@nestjs/common';
import { ThrottlerStorage } from '@nestjs/throttler';
import Redis from 'ioredis';
import { LRUCache } from 'lru-cache';
import { DataSource } from 'typeorm';

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
 * A store that also counts several keys in one round trip: a signed-in request's address and user limits are
 * counted together, so rate limiting costs at most one round trip per request, not two.
 */
export interface WindowStorage extends ThrottlerStorage {
  /** One hit on each of `checks` (distinct keys), counted at once; the counts in the same order. */
  incrementMany(checks: readonly WindowCheck[]): Promise<WindowCount[]>;
  /** Whether this replica has seen `key` refused in its current window (it then refuses until the window closes). */
  refusing(key: string): boolean;
}

/** `hits` added at once to `key`'s window of `ttl` ms. */
export interface SharedHits {
  key: string;
  ttl: number;
  hits: number;
}

/** A key's count in the shared store after an addition, and the milliseconds its window has left. */
export interface SharedCount {
  total: number;
  msLeft: number;
}

/** The counts every replica shares: PostgreSQL or Redis. */
export interface SharedWindowCounter {
  /** Adds each entry's hits (distinct keys) in one round trip; the totals in the same order. */
  add(entries: readonly SharedHits[]): Promise<SharedCount[]>;
  close(): Promise<void>;
}

const COUNT_HITS = `WITH counted AS (
         INSERT INTO rate_limit_window AS w (key, hits, expires_at)
         SELECT c.key, c.hits, clock_timestamp() + c.ttl * interval '1 millisecond'
           FROM unnest($1::text[], $2::int[], $3::int[]) WITH ORDINALITY AS c(key, ttl, hits, position)
          ORDER BY c.position
         ON CONFLICT (key) DO UPDATE
           SET hits = CASE WHEN w.expires_at <= clock_timestamp() THEN EXCLUDED.hits ELSE w.hits + EXCLUDED.hits END,
               expires_at = CASE WHEN w.expires_at <= clock_timestamp() THEN EXCLUDED.expires_at ELSE w.expires_at END
         RETURNING key, hits, expires_at)
       SELECT key, hits, extract(epoch FROM expires_at - clock_timestamp()) * 1000 AS ms_left FROM counted`;

/**
 * Counts in PostgreSQL (an unlogged table: counts need no crash safety), so every API replica sees the same
 * counts without Redis. One upsert per round trip; expired windows restart in place and are swept now and then.
 */
export class PostgresWindowCounter implements SharedWindowCounter {
  constructor(private readonly dataSource: DataSource) {}

  async add(entries: readonly SharedHits[]): Promise<SharedCount[]> {
    // Keys are locked in the order given; callers give the address before the user, so two requests never wait
    // on each other's rows crosswise.
    const rows: { key: string; hits: number; ms_left: number }[] = await this.dataSource.query(COUNT_HITS, [
      entries.map((entry) => entry.key),
      entries.map((entry) => entry.ttl),
      entries.map((entry) => entry.hits),
    ]);
    if (Math.random() < 0.001) {
      await this.dataSource.query(`DELETE FROM rate_limit_window WHERE expires_at < now() - interval '1 hour'`);
    }
    const byKey = new Map(rows.map((row) => [row.key, row]));
    return entries.map(({ key }) => {
      const row = byKey.get(key)!;
      return { total: row.hits, msLeft: Number(row.ms_left) };
    });
  }

  async close(): Promise<void> {
    // The data source is the application's; it closes with it.
  }
}

/** Counts in Redis when the deployment has it: one atomic script per round trip, each key expiring with its window. */
export class RedisWindowCounter implements SharedWindowCounter {
  private readonly redis: Redis;

  /**
   * Fails fast: no offline queue (a command while Redis is away fails at once), a short command timeout (a silent
   * link fails within it), reconnects at most two seconds apart. The caller counts locally meanwhile; connection
   * errors are its to report (once per outage), not ioredis' unhandled stack traces.
   */
  constructor(url: string, connectTimeoutMs: number, commandTimeoutMs = 250) {
    this.redis = new Redis(url, {
      connectTimeout: connectTimeoutMs,
      commandTimeout: commandTimeoutMs,
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      retryStrategy: (attempt) => Math.min(attempt * 200, 2000),
      lazyConnect: true,
    });
    this.redis.on('error', () => undefined);
    this.redis.connect().catch(() => undefined);
  }

  async add(entries: readonly SharedHits[]): Promise<SharedCount[]> {
    const counts = (await this.redis.eval(
      `local counts = {}
       local n = #KEYS
       for i, key in ipairs(KEYS) do
         counts[#counts + 1] = redis.call('INCRBY', key, ARGV[n + i])
         local left = redis.call('PTTL', key)
         if left < 0 then
           redis.call('PEXPIRE', key, ARGV[i])
           left = tonumber(ARGV[i])
         end
         counts[#counts + 1] = left
       end
       return counts`,
      entries.length,
      ...entries.map((entry) => `wsp:rate:${entry.key}`),
      ...entries.map((entry) => entry.ttl),
      ...entries.map((entry) => entry.hits),
    )) as number[];
    return entries.map((_, i) => ({ total: counts[2 * i], msLeft: counts[2 * i + 1] }));
  }

  /**
   * A polite QUIT when connected (never waiting long: commands time out), then a disconnect in any case, so the
   * client never goes on reconnecting after the app closed.
   */
  async close(): Promise<void> {
    if (this.redis.status === 'ready') await this.redis.quit().catch(() => undefined);
    this.redis.disconnect();
  }
}

/**
 * The largest block of hits a replica takes at once is this share of the limit: hits a replica took and did not
 * hand out before the window closed count against the client, at most 2% of its allowance per replica.
 */
const LEASE_SHARE = 50;
const largestBlock = (limit: number): number => Math.max(1, Math.floor(limit / LEASE_SHARE));

/** How many blocks of its key a hit waits for before it takes one itself (blocks double, so bursts are served). */
const MAX_WAITS = 16;

/** Keys whose blocks a replica remembers; the least recently used beyond this start over with a block of one. */
const MAX_LEASES = 10_000;

/** A block of hit numbers this replica took from the shared count of one key and hands out itself. */
interface Lease {
  /** When the key's window closes (epoch ms); the block is void from then on. */
  closesAt: number;
  /** The hit number the next local hit gets, and the last one the block holds (never past the limit). */
  next: number;
  last: number;
  /** The size of the block; the next one taken in the same window is twice as large, up to the cap. */
  size: number;
  /** The block's first hit was refused: the client is counted hit by hit until the window closes. */
  refused: boolean;
  /** The round trip taking the next block, which other hits on the key wait for instead of taking their own. */
  refill?: Promise<unknown>;
}

/**
 * Rate-limit counts shared by every replica, taken in blocks: a client's first hit in a window is counted in the
 * shared store on its own, and while it keeps coming, this replica takes 2, 4, 8 … hits at once (up to a fiftieth
 * of the limit) and hands them out without a round trip. A busy client costs one round trip per block instead of
 * one per request; a quiet one, and every limit under 100, is counted hit by hit as before.
 */
export class LeasingWindowStorage implements WindowStorage, OnModuleDestroy {
  private readonly leases = new LRUCache<string, Lease>({ max: MAX_LEASES });

  constructor(readonly counter: SharedWindowCounter) {}

  async increment(key: string, ttl: number, limit: number): Promise<WindowCount> {
    const [count] = await this.incrementMany([{ key, ttl, limit }]);
    return count;
  }

  refusing(key: string): boolean {
    const lease = this.leases.peek(key);
    return lease !== undefined && lease.refused && lease.closesAt > Date.now();
  }

  async incrementMany(checks: readonly WindowCheck[]): Promise<WindowCount[]> {
    const counts = new Array<WindowCount>(checks.length);
    let open = checks.map((_, index) => index);
    // While another request is taking a block for a key, its hits wait for that block rather than take their own
    // (a burst of requests would otherwise take a block each); after a few rounds they take their own.
    for (let attempt = 0; open.length > 0; attempt++) {
      const now = Date.now();
      const refills = new Set<Promise<unknown>>();
      const waiting: number[] = [];
      const taking: number[] = [];
      for (const index of open) {
        const { key, limit } = checks[index];
        const lease = this.leases.get(key);
        if (lease && lease.closesAt > now && lease.next <= lease.last) {
          counts[index] = windowCount(lease.next++, lease.closesAt - now, limit);
        } else if (lease?.refill && !lease.refused && attempt < MAX_WAITS && largestBlock(limit) > 1) {
          refills.add(lease.refill);
          waiting.push(index);
        } else {
          taking.push(index);
        }
      }
      // Refills never reject (see takeBlocks); only this request's own round trip can.
      await Promise.all(taking.length > 0 ? [this.takeBlocks(checks, taking, counts, now), ...refills] : refills);
      open = waiting;
    }
    return counts;
  }

  async onModuleDestroy(): Promise<void> {
    await this.counter.close();
  }

  /** One round trip for the keys at `indexes`: each takes a block, whose first hit is this request's. */
  private async takeBlocks(
    checks: readonly WindowCheck[],
    indexes: readonly number[],
    counts: WindowCount[],
    now: number,
  ): Promise<void> {
    const sizes = indexes.map((index) => this.blockSize(checks[index], now));
    const request = this.counter.add(
      indexes.map((index, i) => ({ key: checks[index].key, ttl: checks[index].ttl, hits: sizes[i] })),
    );
    const refill = request.catch(() => undefined);
    for (const index of indexes) {
      const lease = this.leases.get(checks[index].key) ?? { closesAt: 0, next: 1, last: 0, size: 0, refused: false };
      lease.refill = refill;
      this.leases.set(checks[index].key, lease);
    }
    let shared: SharedCount[];
    try {
      shared = await request;
    } catch (error) {
      for (const index of indexes) {
        const lease = this.leases.get(checks[index].key);
        if (lease?.refill === refill) lease.refill = undefined;
      }
      throw error;
    }
    indexes.forEach((index, i) => {
      const { key, limit } = checks[index];
      const { total, msLeft } = shared[i];
      const first = total - sizes[i] + 1;
      counts[index] = windowCount(first, msLeft, limit);
      const refused = first > limit;
      // A refused client takes no blocks: each of its requests is counted (and refused) on its own.
      this.leases.set(key, {
        closesAt: now + msLeft,
        next: first + 1,
        last: Math.min(total, limit),
        size: refused ? 0 : sizes[i],
        refused,
      });
    });
  }

  private blockSize({ key, limit }: WindowCheck, now: number): number {
    const lease = this.leases.get(key);
    const previous = lease && lease.closesAt > now ? lease.size : 0;
    return Math.min(largestBlock(limit), Math.max(1, previous * 2));
  }
}
