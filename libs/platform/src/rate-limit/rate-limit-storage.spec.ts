import { LeasingWindowStorage, SharedCount, SharedHits, SharedWindowCounter } from './rate-limit-storage';

/** The shared store as replicas see it: fixed windows per key, one round trip (a macrotask) per addition. */
class MemoryCounter implements SharedWindowCounter {
  readonly additions: SharedHits[][] = [];
  failNext = false;
  private readonly windows = new Map<string, { total: number; closesAt: number }>();

  async add(entries: readonly SharedHits[]): Promise<SharedCount[]> {
    await new Promise((resolve) => setImmediate(resolve));
    if (this.failNext) {
      this.failNext = false;
      throw new Error('store unreachable');
    }
    this.additions.push([...entries]);
    return entries.map(({ key, ttl, hits }) => {
      const now = Date.now();
      let window = this.windows.get(key);
      if (!window || window.closesAt <= now) window = { total: 0, closesAt: now + ttl };
      window.total += hits;
      this.windows.set(key, window);
      return { total: window.total, msLeft: window.closesAt - now };
    });
  }

  total(key: string): number {
    return this.windows.get(key)?.total ?? 0;
  }

  async close(): Promise<void> {}
}

const MINUTE = 60_000;

describe('LeasingWindowStorage', () => {
  let counter: MemoryCounter;
  let storage: LeasingWindowStorage;
  beforeEach(() => {
    counter = new MemoryCounter();
    storage = new LeasingWindowStorage(counter);
  });
  afterEach(() => jest.useRealTimers());

  const hits = async (on: LeasingWindowStorage, key: string, limit: number, times: number) => {
    const counts = [];
    for (let i = 0; i < times; i++) counts.push(await on.increment(key, MINUTE, limit));
    return counts;
  };

  it('counts every hit in the shared store when the limit is under 100', async () => {
    const counts = await hits(storage, 'k', 10, 12);
    expect(counts.map((c) => c.totalHits)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(counts.map((c) => c.isBlocked)).toEqual([...Array(10).fill(false), true, true]);
    expect(counter.additions).toHaveLength(12);
    expect(counter.additions.flat().every((a) => a.hits === 1)).toBe(true);
  });

  it('takes a busy client’s hits in doubling blocks of at most a fiftieth of the limit', async () => {
    const counts = await hits(storage, 'k', 1000, 200);
    expect(counts.map((c) => c.totalHits)).toEqual(Array.from({ length: 200 }, (_, i) => i + 1));
    // The window's 60 s, or 59 when a second boundary passed during the 200 hits on a busy machine.
    expect(counts.every((c) => !c.isBlocked && c.timeToExpire >= 59 && c.timeToExpire <= 60)).toBe(true);
    // 1 + 2 + 4 + 8 + 16 hits, then blocks of 20: 14 round trips for 200 requests.
    expect(counter.additions.map(([a]) => a.hits)).toEqual([1, 2, 4, 8, 16, 20, 20, 20, 20, 20, 20, 20, 20, 20]);
    expect(counter.total('k')).toBe(211);
  });

  it('hands out no hit past the limit and refuses every request after it', async () => {
    const counts = await hits(storage, 'k', 100, 130);
    expect(counts.filter((c) => !c.isBlocked)).toHaveLength(100);
    expect(counts.slice(0, 100).every((c, i) => c.totalHits === i + 1 && !c.isBlocked)).toBe(true);
    expect(counts.slice(100).every((c) => c.isBlocked && c.timeToBlockExpire > 0)).toBe(true);
    // A refused client takes no blocks: its refused requests are counted one at a time.
    expect(counter.additions.slice(-20).every(([a]) => a.hits === 1)).toBe(true);
  });

  it('lets two replicas together allow at most the limit, and at least the limit less a block each', async () => {
    const other = new LeasingWindowStorage(counter);
    let allowed = 0;
    for (let i = 0; i < 1200; i++) {
      const count = await (i % 3 === 0 ? other : storage).increment('k', MINUTE, 1000);
      if (!count.isBlocked) allowed += 1;
    }
    expect(allowed).toBeLessThanOrEqual(1000);
    expect(allowed).toBeGreaterThanOrEqual(1000 - 2 * 20);
  });

  it('serves a burst on one key from shared blocks, each hit its own number', async () => {
    const counts = await Promise.all(Array.from({ length: 40 }, () => storage.increment('k', MINUTE, 1000)));
    const numbers = counts.map((c) => c.totalHits).sort((a, b) => a - b);
    expect(new Set(numbers).size).toBe(40);
    expect(counter.total('k') - 40).toBeLessThanOrEqual(20);
    expect(counter.additions.length).toBeLessThanOrEqual(8);
  });

  it('counts several keys in one round trip', async () => {
    const counts = await storage.incrementMany([
      { key: 'address', ttl: MINUTE, limit: 1200 },
      { key: 'user', ttl: MINUTE, limit: 600 },
    ]);
    expect(counts.map((c) => c.totalHits)).toEqual([1, 1]);
    expect(counter.additions).toEqual([
      [
        { key: 'address', ttl: MINUTE, hits: 1 },
        { key: 'user', ttl: MINUTE, hits: 1 },
      ],
    ]);
  });

  it('knows a key it refused until the window closes', async () => {
    jest.useFakeTimers({ doNotFake: ['setImmediate', 'nextTick', 'queueMicrotask'], now: Date.now() });
    await hits(storage, 'k', 10, 10);
    expect(storage.refusing('k')).toBe(false);
    await hits(storage, 'k', 10, 1);
    expect(storage.refusing('k')).toBe(true);
    expect(storage.refusing('other')).toBe(false);
    jest.advanceTimersByTime(MINUTE + 1);
    expect(storage.refusing('k')).toBe(false);
  });

  it('starts over with a block of one when the window closes', async () => {
    jest.useFakeTimers({ doNotFake: ['setImmediate', 'nextTick', 'queueMicrotask'], now: Date.now() });
    await hits(storage, 'k', 1000, 40);
    jest.advanceTimersByTime(MINUTE + 1);
    const [first] = await hits(storage, 'k', 1000, 1);
    expect(first.totalHits).toBe(1);
    expect(counter.additions.at(-1)).toEqual([{ key: 'k', ttl: MINUTE, hits: 1 }]);
  });

  it('fails the hits of a round trip that fails, and counts again on the next', async () => {
    await hits(storage, 'k', 1000, 1);
    counter.failNext = true;
    await expect(storage.increment('k', MINUTE, 1000)).rejects.toThrow('store unreachable');
    expect((await storage.increment('k', MINUTE, 1000)).totalHits).toBe(2);
  });
});
