import { TestApp } from '../support/test-app';

const APP_ORIGIN = 'https://crm.werkgeversservicepunt.example';

describe('HTTP protection: security headers and CORS', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await TestApp.start({ CORS_ORIGINS: APP_ORIGIN });
  });
  afterAll(() => app.close());

  const preflight = (origin: string) =>
    fetch(`${app.url}/graphql`, {
      method: 'OPTIONS',
      headers: {
        origin,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'authorization,content-type',
      },
    });

  it('sends security headers with every response, and a policy that lets nothing load or frame the API', async () => {
    const response = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
    expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('x-powered-by')).toBeNull();
  });

  it('answers a preflight from the configured app, for bearer tokens and JSON, never with credentials', async () => {
    const response = await preflight(APP_ORIGIN);
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe(APP_ORIGIN);
    const list = (header: string) => response.headers.get(header)!.split(/,\s*/);
    expect(list('access-control-allow-headers')).toEqual(['authorization', 'content-type', 'x-request-id']);
    expect(list('access-control-allow-methods')).toEqual(['GET', 'POST']);
    expect(response.headers.get('access-control-allow-credentials')).toBeNull();
  });

  it('gives another origin no CORS grant, so its browser pages cannot read the API', async () => {
    const response = await preflight('https://evil.example');
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
    const call = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'https://evil.example' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(call.headers.get('access-control-allow-origin')).toBeNull();
  });
});
