import { Logger } from '@nestjs/common';
import { LRUCache } from 'lru-cache';
import { Counter, Gauge, Registry } from 'prom-client';
import { SharedCount, SharedHits, SharedWindowCounter } from './rate-limit-storage';

/** After a failure, the shared store is asked again only after this long: meanwhile no request waits on it. */
const RETRY_AFTER_MS = 2000;
const LOCAL_KEYS = 10_000;

/**
 * The shared count, failing open: when the store (Redis, PostgreSQL) does not answer, hits are counted in this
 * replica's memory at once, so a request never waits on a store that is away and every replica still limits on its
 * own. The store is asked again every couple of seconds; the outage is logged once when it starts and once when
 * it ends, and counted in `wsp_rate_limit_counted_locally_total` and `wsp_rate_limit_store_up`.
 */
export class FailOpenWindowCounter implements SharedWindowCounter {
  private readonly logger = new Logger('RateLimit');
  private readonly local = new LRUCache<string, { total: number; closesAt: number }>({ max: LOCAL_KEYS });
  private retryAt = 0;
  private down = false;
  private readonly countedLocally: Counter;
  private readonly storeUp: Gauge;

  constructor(
    private readonly shared: SharedWindowCounter,
    registry: Registry,
    private readonly now: () => number = Date.now,
  ) {
    this.countedLocally = new Counter({
      name: 'wsp_rate_limit_counted_locally_total',
      help: "Hits counted in this replica's memory because the shared rate-limit store did not answer",
      registers: [registry],
    });
    this.storeUp = new Gauge({
      name: 'wsp_rate_limit_store_up',
      help: '1 while the shared rate-limit store answers, 0 while this replica counts on its own',
      registers: [registry],
    });
    this.storeUp.set(1);
  }

  async add(entries: readonly SharedHits[]): Promise<SharedCount[]> {
    if (this.now() >= this.retryAt) {
      try {
        const counts = await this.shared.add(entries);
        if (this.down) this.recovered();
        return counts;
      } catch (error) {
        this.failed(error);
      }
    }
    return this.countLocally(entries);
  }

  close(): Promise<void> {
    return this.shared.close();
  }

  private countLocally(entries: readonly SharedHits[]): SharedCount[] {
    const now = this.now();
    this.countedLocally.inc(entries.reduce((sum, entry) => sum + entry.hits, 0));
    return entries.map(({ key, ttl, hits }) => {
      let window = this.local.get(key);
      if (!window || window.closesAt <= now) {
        window = { total: 0, closesAt: now + ttl };
        this.local.set(key, window);
      }
      window.total += hits;
      return { total: window.total, msLeft: window.closesAt - now };
    });
  }

  private failed(error: unknown): void {
    this.retryAt = this.now() + RETRY_AFTER_MS;
    if (this.down) return;
    this.down = true;
    this.storeUp.set(0);
    this.logger.warn(
      { error: error instanceof Error ? error.message : String(error) },
      'rate-limit store unreachable: counting in this replica until it answers',
    );
  }

  private recovered(): void {
    this.down = false;
    this.storeUp.set(1);
    this.local.clear();
    this.logger.log('rate-limit store answers again: counts are shared again');
  }
}
