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
