import { DEV_AUDIENCE, DEV_ISSUER, DevIssuer } from '@wsp/platform';
import { once } from 'node:events';
import { Agent, request } from 'node:http';
import { resolve } from 'node:path';
import { randomPort, spawnApp, SpawnedApp } from '../support/spawned-app';
import { TEST_DATA_DIR } from '../support/test-database';

const CLIENTS = 8;
const PAGE = JSON.stringify({
  query: '{ employers(first: 50) { edges { node { id contacts { name } team { userId } vacancies { id } } } } }',
});

/** `closing`: the server's own refusal of a request that arrived after it began closing (503, Connection: close). */
type Result = { finishedAt: number; status?: number; ok?: boolean; closing?: boolean; error?: string };

/** One request on a new connection (no keep-alive), so a refused connection is never mistaken for a dropped one. */
function post(port: number, token: string): Promise<Result> {
  return new Promise((resolveResult) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path: '/graphql',
        method: 'POST',
        agent: false,
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      },
      (res) => {
        let body = '';
        res.on('data', (chunk: Buffer) => (body += chunk.toString()));
        res.on('end', () => {
          const parsed = JSON.parse(body) as { data?: unknown; errors?: unknown; error?: string };
          resolveResult({
            finishedAt: Date.now(),
            status: res.statusCode,
            ok: !!parsed.data && !parsed.errors,
            closing: res.statusCode === 503 && parsed.error === 'Service Unavailable' && !parsed.errors,
          });
        });
        res.on('error', (error: NodeJS.ErrnoException) =>
          resolveResult({ finishedAt: Date.now(), error: error.code ?? error.message }),
        );
      },
    );
    req.on('error', (error: NodeJS.ErrnoException) =>
      resolveResult({ finishedAt: Date.now(), error: error.code ?? error.message }),
    );
    req.end(PAGE);
  });
}

/** One request on a kept-alive connection of `agent`; notes whether the answer asked to close the connection. */
function postKeptAlive(agent: Agent, port: number, token: string): Promise<Result & { close?: boolean }> {
  return new Promise((resolveResult) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path: '/graphql',
        method: 'POST',
        agent,
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      },
      (res) => {
        let body = '';
        res.on('data', (chunk: Buffer) => (body += chunk.toString()));
        res.on('end', () =>
          resolveResult({
            finishedAt: Date.now(),
            status: res.statusCode,
            ok: res.statusCode === 200 && body.includes('"data"') && !body.includes('"errors"'),
            close: res.headers.connection === 'close',
          }),
        );
      },
    );
    req.on('error', (error: NodeJS.ErrnoException) =>
      resolveResult({ finishedAt: Date.now(), error: error.code ?? error.message }),
    );
    req.end(PAGE);
  });
}

const DRAIN_MS = 1_500;

/**
 * SIGTERM to an API under load, behind a (simulated) load balancer that stops sending once readiness reports
 * down: readiness goes down at once while requests are still served, every request sent is answered in full,
 * then new connections are refused and the process closes its pools and exits 0.
 */
describe('stopping the API under load', () => {
  let api: SpawnedApp;
  const port = randomPort();

  beforeAll(async () => {
    api = await spawnApp('api', 'API ready', {
      PORT: String(port),
      RUN_WORKERS: 'false',
      LOG_LEVEL: 'info',
      SHUTDOWN_DRAIN_MS: String(DRAIN_MS),
    });
  });
  afterAll(() => api.stop('SIGKILL'));

  it('without a drain, still answers every request it accepted in full and exits 0', async () => {
    const directPort = randomPort();
    const direct = await spawnApp('api', 'API ready', {
      PORT: String(directPort),
      RUN_WORKERS: 'false',
      SHUTDOWN_DRAIN_MS: '0',
    });
    try {
      const issuer = await DevIssuer.load(resolve(TEST_DATA_DIR, 'dev-issuer-key.json'), DEV_ISSUER, DEV_AUDIENCE);
      const token = await issuer.sign('demo|accountmanager@uwv.demo');
      const results: Result[] = [];
      const clients = Array.from({ length: CLIENTS }, async () => {
        for (let result = await post(directPort, token); ; result = await post(directPort, token)) {
          results.push(result);
          if (result.error) return;
        }
      });
      await new Promise((r) => setTimeout(r, 1_000));
      const exited = once(direct.process, 'exit');
      const stoppedAt = Date.now();
      direct.process.kill('SIGTERM');
      await Promise.all(clients);
      expect((await exited)[0]).toBe(0);
      // Each answer is the full page, or the server's refusal of a request that came in after closing began.
      const answered = results.filter((r) => !r.error);
      expect(answered.filter((r) => !(r.status === 200 && r.ok) && !r.closing)).toEqual([]);
      expect(answered.some((r) => r.finishedAt > stoppedAt)).toBe(true);
      // Without a balancer, connections still queued in the kernel when the socket closes are reset, not answered.
      for (const r of results.filter((r) => r.error)) expect(['ECONNREFUSED', 'ECONNRESET']).toContain(r.error);
    } finally {
      await direct.stop('SIGKILL');
    }
  });

  it('by default drains for two seconds: every request is answered meanwhile, and kept-alive clients are told to reconnect', async () => {
    const ownPort = randomPort();
    const own = await spawnApp('api', 'API ready', { PORT: String(ownPort), RUN_WORKERS: 'false' });
    const agent = new Agent({ keepAlive: true, maxSockets: CLIENTS });
    try {
      const issuer = await DevIssuer.load(resolve(TEST_DATA_DIR, 'dev-issuer-key.json'), DEV_ISSUER, DEV_AUDIENCE);
      const token = await issuer.sign('demo|accountmanager@uwv.demo');
      const results: (Result & { close?: boolean })[] = [];
      const clients = Array.from({ length: CLIENTS }, async () => {
        for (;;) {
          const result = await postKeptAlive(agent, ownPort, token);
          results.push(result);
          if (result.error) return;
        }
      });
      await new Promise((r) => setTimeout(r, 1_000));
      const exited = once(own.process, 'exit');
      const stoppedAt = Date.now();
      own.process.kill('SIGTERM');
      await Promise.all(clients);
      expect((await exited)[0]).toBe(0);
      const answered = results.filter((r) => !r.error);
      // Full pages; once the drain is over, a request that raced the closing is refused with 503 and the
      // connection closed (a balancer retries it elsewhere); nothing else.
      const refusedAfterDrain = (r: Result & { close?: boolean }) =>
        r.status === 503 && r.close === true && r.finishedAt - stoppedAt >= 2_000;
      expect(answered.filter((r) => !r.ok && !refusedAfterDrain(r))).toEqual([]);
      expect(answered.filter((r) => r.ok && r.finishedAt > stoppedAt).length).toBeGreaterThan(CLIENTS);
      // Answers during the drain close their connection; before the signal they kept it.
      expect(answered.filter((r) => r.finishedAt < stoppedAt).some((r) => r.close)).toBe(false);
      expect(answered.some((r) => r.finishedAt > stoppedAt && r.close)).toBe(true);
      // Every client keeps being answered through the drain and ends only once the server closes (without a
      // balancer these clients still connect then: refused, or reset while the socket closes).
      const failed = results.filter((r) => r.error);
      expect(failed).toHaveLength(CLIENTS);
      for (const r of failed) {
        expect(['ECONNREFUSED', 'ECONNRESET']).toContain(r.error);
        expect(r.finishedAt - stoppedAt).toBeGreaterThanOrEqual(2_000);
      }
    } finally {
      agent.destroy();
      await own.stop('SIGKILL');
    }
  });

  it('drains, finishes the requests in flight, refuses new ones and exits 0', async () => {
    const issuer = await DevIssuer.load(resolve(TEST_DATA_DIR, 'dev-issuer-key.json'), DEV_ISSUER, DEV_AUDIENCE);
    const token = await issuer.sign('demo|accountmanager@uwv.demo');
    let routing = true;
    const results: Result[] = [];
    const clients = Array.from({ length: CLIENTS }, async () => {
      while (routing) results.push(await post(port, token));
    });
    const balancer = (async () => {
      while (routing) {
        const ready = await fetch(`http://127.0.0.1:${port}/health/ready`).catch(() => undefined);
        if (ready?.status !== 200) routing = false;
        else await new Promise((r) => setTimeout(r, 50));
      }
      return Date.now();
    })();

    await new Promise((r) => setTimeout(r, 1_000));
    const exited = once(api.process, 'exit');
    const stoppedAt = Date.now();
    api.process.kill('SIGTERM');
    const unroutedAt = await balancer;
    await Promise.all(clients);
    const [code] = await exited;
    const exitedAt = Date.now();

    expect(code).toBe(0);
    expect(api.output()).toContain('SIGTERM received, shutting down');
    expect(unroutedAt - stoppedAt).toBeLessThan(DRAIN_MS); // readiness went down during the drain
    expect(exitedAt - stoppedAt).toBeGreaterThanOrEqual(DRAIN_MS);
    expect(results.length).toBeGreaterThan(CLIENTS);
    expect(results.filter((r) => r.error || r.status !== 200 || !r.ok)).toEqual([]);
    // Requests sent after the signal were still answered in full.
    expect(results.some((r) => r.finishedAt > stoppedAt)).toBe(true);
    expect((await post(port, token)).error).toBe('ECONNREFUSED');
  });
});
