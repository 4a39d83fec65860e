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

  it('is ready when database and queue answer', async () => {
    const response = await fetch(`${app.url}/health/ready`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      status: 'ok',
      info: { database: { status: 'up' }, queue: { status: 'up' } },
    });
  });

  it('echoes a request id for log correlation', async () => {
    const response = await fetch(`${app.url}/health/live`, { headers: { 'x-request-id': 'test-request-0001' } });
    expect(response.headers.get('x-request-id')).toBe('test-request-0001');
  });
});

describe('GraphiQL outside production', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await TestApp.start({ RUN_WORKERS: 'false' });
  });
  afterAll(() => app.close());

  it('is served at /graphiql', async () => {
    const response = await fetch(`${app.url}/graphiql`);
    expect(response.status).toBe(200);
    expect(await response.text()).toMatch(/graphiql/i);
  });
});
