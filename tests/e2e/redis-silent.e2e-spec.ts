import { createVacancy } from '../factories/vacancy.factory';
import { Logger } from '@nestjs/common';
import { TcpProxy } from '../support/tcp-proxy';
import { TestApp } from '../support/test-app';
import { createEmployer } from '../factories/employer.factory';
import { graphql } from '../gql';

const AM = 'accountmanager@groningen.demo';

/**
 * Redis reached through a link that goes silent (no refusal, no answer): the API must not wait for it. Reads are
 * answered within a second (the rate limiter counts locally), readiness stays up, and what needs the queue now
 * answers SERVICE_UNAVAILABLE within a second. Only where the machine has Redis.
 */
(process.env.REDIS_URL ? describe : describe.skip)('Redis gone silent', () => {
  let proxy: TcpProxy;
  let app: TestApp;
  let vacancyId: string;

  beforeAll(async () => {
    const redis = new URL(process.env.REDIS_URL!);
    proxy = new TcpProxy(redis.hostname, Number(redis.port || 6379));
    await proxy.start();
    app = await TestApp.start({
      REDIS_URL: `redis://127.0.0.1:${proxy.port}`,
      RUN_WORKERS: 'false',
      DATABASE_CONNECT_TIMEOUT_MS: '5000', // the production default: a silent link is given up on as in production
    });
    const employer = await createEmployer(app, AM, { municipalityCode: 'GM0014' });
    const created = await createVacancy(app, AM, {
      employerId: employer.id,
      title: 'Magazijnmedewerker',
      occupationCode: '9333',
      hoursMin: 24,
      hoursMax: 40,
      municipalityCode: 'GM0014',
      contractType: 'PERMANENT',
    });
    vacancyId = created.id;
  });
  afterAll(async () => {
    proxy?.pass();
    await app?.close();
    await proxy?.stop();
  });

  const timed = async <T>(work: () => Promise<T>): Promise<[T, number]> => {
    const started = Date.now();
    const result = await work();
    return [result, Date.now() - started];
  };

  it('answers reads, readiness and requests that need the queue within a second, and recovers', async () => {
    proxy.silent();
    for (let i = 0; i < 3; i++) {
      const [read, ms] = await timed(() =>
        app.graphql(
          graphql(`
            query RedisSilentVacancy($id: ID!) {
              vacancy(id: $id) {
                id
                title
              }
            }
          `),
          { id: vacancyId },
          { as: AM },
        ),
      );
      expect(read.errors).toBeUndefined();
      expect(ms).toBeLessThan(1_000);
    }
    const [ready, readyMs] = await timed(() => fetch(`${app.url}/health/ready`));
    expect(ready.status).toBe(200);
    expect(readyMs).toBeLessThan(1_000);
    const [requested, requestMs] = await timed(() =>
      app.graphql(
        graphql(`
          mutation RedisSilentRequestMatching($id: ID!) {
            requestMatching(vacancyId: $id)
          }
        `),
        { id: vacancyId },
        { as: AM },
      ),
    );
    expect(requested.errors?.[0].extensions?.code).toBe('SERVICE_UNAVAILABLE');
    expect(requestMs).toBeLessThan(1_000);

    // Why an enqueue failed, for the message should the queue not come back.
    const failures: string[] = [];
    const warn = jest.spyOn(Logger.prototype, 'warn').mockImplementation((...args: unknown[]) => {
      failures.push(JSON.stringify(args).slice(0, 300));
    });
    try {
      proxy.pass();
      const deadline = Date.now() + 15_000;
      for (;;) {
        const again = await app.graphql(
          graphql(`
            mutation RedisSilentRequestMatching2($id: ID!) {
              requestMatching(vacancyId: $id)
            }
          `),
          { id: vacancyId },
          { as: AM },
        );
        if (!again.errors) break;
        if (Date.now() > deadline) {
          throw new Error(
            `the queue did not come back: ${JSON.stringify(again.errors)}\n${failures.slice(-5).join('\n')}`,
          );
        }
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
    } finally {
      warn.mockRestore();
    }
  });
});
