import { migrations } from '@wsp/migrations';
import { createApp, loadConfig } from '@wsp/platform';
import { WorkerModule } from '../../apps/worker/src/worker.module';
import { TEST_DATA_DIR, testDatabaseUrl } from '../support/test-database';
import { TestApp } from '../support/test-app';

describe('health', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await TestApp.start();
  });
  afterAll(() => app.close());

  it('answers live without a token', async () => {
    const response = await fetch(`${app.url}/health/live`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('is ready when the database answers: the API serves without the queue (its writes wait in the outbox)', async () => {
    const response = await fetch(`${app.url}/health/ready`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { status: string; info: Record<string, unknown> };
    expect(body).toMatchObject({ status: 'ok', info: { database: { status: 'up' } } });
    expect(body.info.queue).toBeUndefined();
  });

  it("makes the worker's readiness ask the queue backend too: a worker without it can do nothing", async () => {
    const config = loadConfig({
      NODE_ENV: 'test',
      DATABASE_URL: testDatabaseUrl(),
      DATA_DIR: TEST_DATA_DIR,
      LOG_LEVEL: 'silent',
      DATABASE_POOL_SIZE: '2',
      ...(process.env.REDIS_URL ? { REDIS_URL: process.env.REDIS_URL } : {}),
    });
    const worker = await createApp(config, (url) => WorkerModule.forRoot(config, url), migrations);
    try {
      await worker.app.listen({ host: '127.0.0.1', port: 0 });
      const response = await fetch(`${await worker.app.getUrl()}/health/ready`);
      expect(response.status).toBe(200);
      expect(await response.json()).toMatchObject({
        info: { database: { status: 'up' }, queue: { status: 'up' } },
      });
    } finally {
      await worker.close();
    }
  });

  it('echoes a UUID-shaped request id for log correlation', async () => {
    const requestId = '6f1c2a7e-3b4d-4e5f-8a9b-0c1d2e3f4a5b';
    const response = await fetch(`${app.url}/health/live`, { headers: { 'x-request-id': requestId } });
    expect(response.headers.get('x-request-id')).toBe(requestId);
  });

  it.each([
    ['free text', 'Jan de Vries 111222333'],
    ['a name-like id', 'test-request-0001'],
    ['an almost-UUID', '6f1c2a7e-3b4d-4e5f-8a9b-0c1d2e3f4a5'],
  ])('replaces a client request id that is not a UUID (%s) with its own', async (_, requestId) => {
    const response = await fetch(`${app.url}/health/live`, { headers: { 'x-request-id': requestId } });
    const answered = response.headers.get('x-request-id');
    expect(answered).not.toBe(requestId);
    expect(answered).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
  });
});
