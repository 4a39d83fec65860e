import { migrations } from '@wsp/migrations';
import { createApp, loadConfig, runMigrations } from '@wsp/platform';
import { randomInt } from 'node:crypto';
import { Client } from 'pg';
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

  it('is not ready on a database without the schema, names the pending migrations, and is once they ran', async () => {
    const name = `wsp_schema_${randomInt(1e9)}`;
    const url = new URL(testDatabaseUrl());
    const admin = new Client({ connectionString: testDatabaseUrl() });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    url.pathname = `/${name}`;
    const empty = await TestApp.start({ DATABASE_URL: url.toString(), RUN_WORKERS: 'false' });
    try {
      const readiness = async () => {
        const response = await fetch(`${empty.url}/health/ready`);
        return { status: response.status, body: (await response.json()) as { error?: Record<string, unknown> } };
      };
      const none = await readiness();
      expect(none.status).toBe(503);
      expect(none.body.error?.schema).toEqual({
        status: 'down',
        message: 'the database has no schema: run the migrations (wsp migrate)',
      });

      const last = migrations[migrations.length - 1];
      await runMigrations(empty.config, url.toString(), migrations.slice(0, -1));
      const behind = await readiness();
      expect(behind.status).toBe(503);
      expect(behind.body.error?.schema).toEqual({
        status: 'down',
        message: '1 migration(s) pending: run the migrations (wsp migrate)',
        pending: [last.name],
      });

      await runMigrations(empty.config, url.toString(), migrations);
      const current = await readiness();
      expect(current.status).toBe(200);
    } finally {
      await empty.close();
      await admin.query(`DROP DATABASE ${name} WITH (FORCE)`);
      await admin.end();
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
