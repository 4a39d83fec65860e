import { ThrottlerStorage } from '@nestjs/throttler';
import { LeasingWindowStorage, type WindowStorage } from '@wsp/platform';
import { Client } from 'pg';
import Redis from 'ioredis';
import { createUser } from '../factories/user.factory';
import { TestApp } from '../support/test-app';

/** The store every replica shares: PostgreSQL by default, Redis when the machine has it. */
const BACKENDS: [string, Record<string, string>][] = [
  ['PostgreSQL', {}],
  ...(process.env.REDIS_URL
    ? [['Redis', { REDIS_URL: process.env.REDIS_URL }] as [string, Record<string, string>]]
    : []),
];

describe.each(BACKENDS)('rate limits (%s store)', (_store, env) => {
  let app: TestApp;
  beforeAll(async () => {
    app = await TestApp.start({
      RATE_LIMIT_PER_USER: '3',
      RATE_LIMIT_PER_IP: '7',
      RATE_LIMIT_WINDOW_SECONDS: '60',
      ...env,
    });
    // Counts left by earlier runs in this window would be held against this address.
    await app.dataSource.query('DELETE FROM rate_limit_window');
    if (env.REDIS_URL) {
      const redis = new Redis(env.REDIS_URL);
      const keys = await redis.keys('wsp:rate:*');
      if (keys.length > 0) await redis.del(...keys);
      await redis.quit();
    }
  });
  afterAll(() => app.close());

  const me = async (token: string) => {
    const response = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: '{ me { id } }' }),
    });
    return {
      retryAfter: response.headers.get('retry-after'),
      body: (await response.json()) as {
        data?: unknown;
        errors?: { message: string; extensions?: Record<string, unknown> }[];
      },
    };
  };
  const freshUser = async () => app.tokenForSubject((await createUser(app.dataSource)).subject);

  /** The rate-limit round trips `work` makes, each as the number of keys it counts. */
  const keysPerRateLimitTrip = async (work: () => Promise<unknown>): Promise<number[]> => {
    const spy = jest.spyOn(Client.prototype, 'query');
    const redisCalls = jest.spyOn(Redis.prototype, 'eval');
    try {
      await work();
      return env.REDIS_URL
        ? redisCalls.mock.calls
            .filter((call) => JSON.stringify(call).includes('wsp:rate:'))
            .map((call) => call[1] as number)
        : spy.mock.calls
            .filter((call) => JSON.stringify(call[0]).includes('INSERT INTO rate_limit_window'))
            .map((call) => (call[1] as unknown as string[][])[0].length);
    } finally {
      spy.mockRestore();
      redisCalls.mockRestore();
    }
  };

  it("counts a signed-in request's address and user in one round trip", async () => {
    const token = await freshUser();
    // Two keys: the address's and the user's.
    expect(await keysPerRateLimitTrip(() => me(token))).toEqual([2]);
  });

  it('refuses a user past their limit with TOO_MANY_REQUESTS and when to retry; other users go on', async () => {
    const [first, second] = [await freshUser(), await freshUser()];
    for (let i = 0; i < 3; i++) expect((await me(first)).body.errors).toBeUndefined();
    const refused = await me(first);
    expect(refused.body.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/^Too many requests: at most 3 per 60 s; try again in \d+ s$/),
      extensions: { code: 'TOO_MANY_REQUESTS', retryAfterSeconds: expect.any(Number) },
    });
    const wait = refused.body.errors![0].extensions!.retryAfterSeconds as number;
    expect(wait).toBeGreaterThan(0);
    expect(wait).toBeLessThanOrEqual(60);
    expect(refused.retryAfter).toBe(String(wait));
    expect((await me(second)).body.errors).toBeUndefined();
  });

  it('limits one client address across users and before authentication, and leaves health checks alone', async () => {
    // The tests before used six of this address's seven: every request counts for the address, refused ones too.
    const users = [await freshUser(), await freshUser()];
    expect((await me(users[0])).body.errors).toBeUndefined();
    const refused = await me(users[1]);
    expect(refused.body.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/at most 7 per 60 s/),
      extensions: { code: 'TOO_MANY_REQUESTS' },
    });
    // Guessing tokens is limited too: without a valid token the address limit answers, not the login check.
    expect((await me('not-a-token')).body.errors?.[0].extensions).toMatchObject({ code: 'TOO_MANY_REQUESTS' });
    for (let i = 0; i < 5; i++) expect((await fetch(`${app.url}/health/live`)).status).toBe(200);
  });

  it('holds no request of an address it already refused against the signed-in user', async () => {
    // The address was refused in the test before: from then on only its own count is taken, not the user's.
    const token = await freshUser();
    const trips = await keysPerRateLimitTrip(async () => {
      const refused = await me(token);
      expect(refused.body.errors?.[0].extensions).toMatchObject({ code: 'TOO_MANY_REQUESTS' });
    });
    expect(trips).toEqual([1]);
  });

  it('counts several keys at once in the store, each in its own window', async () => {
    const storage = app.running.app.get<ThrottlerStorage>(ThrottlerStorage) as unknown as WindowStorage;
    const [a, b] = [`many-a-${Date.now()}`, `many-b-${Date.now()}`];
    await storage.incrementMany([{ key: a, ttl: 60_000, limit: 2 }]);
    const counts = await storage.incrementMany([
      { key: a, ttl: 60_000, limit: 2 },
      { key: b, ttl: 30_000, limit: 5 },
    ]);
    expect(counts.map((c) => c.totalHits)).toEqual([2, 1]);
    expect(counts[1].timeToExpire).toBeLessThanOrEqual(30);
    expect((await storage.incrementMany([{ key: a, ttl: 60_000, limit: 2 }]))[0].isBlocked).toBe(true);
  });

  it('counts every one of many checks arriving at once', async () => {
    const storage = app.running.app.get<ThrottlerStorage>(ThrottlerStorage);
    const [a, b] = [`burst-a-${Date.now()}`, `burst-b-${Date.now()}`];
    const counts = await Promise.all([
      ...Array.from({ length: 12 }, () => storage.increment(a, 60_000, 10, 0, 'user')),
      ...Array.from({ length: 3 }, () => storage.increment(b, 60_000, 10, 0, 'user')),
    ]);
    const hitsOf = (from: number, to: number) =>
      counts
        .slice(from, to)
        .map((c) => c.totalHits)
        .sort((x, y) => x - y);
    expect(hitsOf(0, 12)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(counts.slice(0, 12).filter((c) => c.isBlocked)).toHaveLength(2);
    expect(hitsOf(12, 15)).toEqual([1, 2, 3]);
    expect((await storage.increment(a, 60_000, 10, 0, 'user')).totalHits).toBe(13);
  });

  it("takes a busy client's hits in blocks: two replicas share one count and together allow the limit", async () => {
    const { counter } = app.running.app.get<ThrottlerStorage>(ThrottlerStorage) as unknown as LeasingWindowStorage;
    const replicas = [new LeasingWindowStorage(counter), new LeasingWindowStorage(counter)];
    const add = jest.spyOn(counter, 'add');
    const key = `busy-${Date.now()}`;
    try {
      const counts = [];
      let roundTripsUntilRefused = 0;
      for (let i = 0; i < 600; i++) {
        const count = await replicas[i % 2].increment(key, 60_000, 500);
        if (count.isBlocked && !roundTripsUntilRefused) roundTripsUntilRefused = add.mock.calls.length;
        counts.push(count);
      }
      const allowed = counts.filter((count) => !count.isBlocked);
      // Blocks of up to a fiftieth of the limit (10): unused blocks cost the client at most one block per replica.
      expect(allowed.length).toBeLessThanOrEqual(500);
      expect(allowed.length).toBeGreaterThanOrEqual(500 - 2 * 10);
      expect(new Set(allowed.map((count) => count.totalHits)).size).toBe(allowed.length);
      // About 55 round trips for the first 500 requests (blocks of 1, 2, 4, 8 and then 10 on each replica).
      expect(roundTripsUntilRefused).toBeLessThan(500 / 5);
      expect(counts.at(-1)).toMatchObject({ isBlocked: true, timeToExpire: expect.any(Number) });
    } finally {
      add.mockRestore();
    }
  });
});

describe('the address limit at the edge (before a request is parsed)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await TestApp.start({ RATE_LIMIT_PER_IP: '5', RATE_LIMIT_WINDOW_SECONDS: '60' });
    await app.dataSource.query('DELETE FROM rate_limit_window');
  });
  afterAll(() => app.close());

  const post = async (body: string, token?: string) => {
    const response = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body,
    });
    return {
      status: response.status,
      retryAfter: response.headers.get('retry-after'),
      body: (await response.json()) as { errors?: { extensions: { retryAfterSeconds: number } }[] },
    };
  };

  it('counts requests that never reach a resolver, and refuses past the limit with 429 before parsing', async () => {
    // Five requests that no resolver sees: each counts against the address.
    expect((await post('{"query":"{ __typename "}')).status).toBe(400);
    expect((await post('{"query":"{ nope }"}')).status).toBe(400);
    expect((await post('{"query":"{ __typename }"}')).status).toBe(200);
    expect((await post('{"query":"{ __schema { queryType { name } } }"}')).status).toBe(200);
    expect((await post('[{"query":"{ __typename }"}]')).status).toBe(400);
    const token = await app.tokenFor('accountmanager@uwv.demo');
    const refused = await post('{"query":"{ me { id } }"}', token);
    expect(refused.status).toBe(429);
    expect(refused.body).not.toHaveProperty('data');
    expect(refused.body.errors).toEqual([
      {
        message: expect.stringMatching(/^Too many requests: at most 5 per 60 s; try again in \d+ s$/),
        extensions: { code: 'TOO_MANY_REQUESTS', retryAfterSeconds: expect.any(Number) },
      },
    ]);
    expect(refused.retryAfter).toBe(String(refused.body.errors![0].extensions.retryAfterSeconds));
    // A body that would take work to parse is refused the same way, without being read as GraphQL.
    const flood = await post(JSON.stringify({ query: `{ ${'a '.repeat(300_000)}}` }));
    expect(flood.status).toBe(429);
    expect((await fetch(`${app.url}/health/live`)).status).toBe(200);
  });
});

describe('the client address behind a proxy (TRUST_PROXY)', () => {
  const ask = (app: TestApp, forwardedFor: string) =>
    fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': forwardedFor },
      body: '{"query":"{ __typename }"}',
    }).then((response) => response.status);

  it('believes no X-Forwarded-For by default: a forged address does not reset the limit', async () => {
    const app = await TestApp.start({ RATE_LIMIT_PER_IP: '3', RATE_LIMIT_WINDOW_SECONDS: '60' });
    try {
      await app.dataSource.query('DELETE FROM rate_limit_window');
      const statuses = [];
      for (let i = 1; i <= 4; i++) statuses.push(await ask(app, `203.0.113.${i}`));
      expect(statuses).toEqual([200, 200, 200, 429]);
    } finally {
      await app.close();
    }
  });

  it('believes the proxies it is told of: each forwarded client has its own limit', async () => {
    const app = await TestApp.start({
      RATE_LIMIT_PER_IP: '3',
      RATE_LIMIT_WINDOW_SECONDS: '60',
      TRUST_PROXY: '127.0.0.1/32,::1',
    });
    try {
      await app.dataSource.query('DELETE FROM rate_limit_window');
      const statuses = [];
      for (let i = 1; i <= 4; i++) statuses.push(await ask(app, `198.51.100.${i}`));
      expect(statuses).toEqual([200, 200, 200, 200]);
      // The same forwarded client four times is limited as itself.
      for (let i = 0; i < 2; i++) await ask(app, '198.51.100.1');
      expect(await ask(app, '198.51.100.1')).toBe(429);
    } finally {
      await app.close();
    }
  });
});
