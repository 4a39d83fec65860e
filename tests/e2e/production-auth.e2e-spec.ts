import { Logger } from '@nestjs/common';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { createUser } from '../factories/user.factory';
import { onlyError, TestApp } from '../support/test-app';

/** A minimal OIDC provider on loopback: discovery document and JWKS, as Keycloak or Entra ID serve them. */
async function startIssuer(port = 0) {
  const { privateKey, publicKey } = await generateKeyPair('RS256');
  const jwk = { ...(await exportJWK(publicKey)), kid: 'test-key', alg: 'RS256', use: 'sig' };
  let requests = 0;
  const server: Server = createServer((req, res) => {
    requests += 1;
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    res.setHeader('content-type', 'application/json');
    if (req.url === '/realms/wsp/.well-known/openid-configuration') {
      res.end(JSON.stringify({ issuer: `${base}/realms/wsp`, jwks_uri: `${base}/realms/wsp/certs` }));
    } else if (req.url === '/realms/wsp/certs') {
      res.end(JSON.stringify({ keys: [jwk] }));
    } else {
      res.statusCode = 404;
      res.end('{}');
    }
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}/realms/wsp`;
  const sign = (subject: string, overrides: { issuer?: string; audience?: string; expires?: string } = {}) =>
    new SignJWT({ preferred_username: 'ignored' })
      .setProtectedHeader({ alg: 'RS256', kid: 'test-key' })
      .setIssuer(overrides.issuer ?? issuer)
      .setAudience(overrides.audience ?? 'wsp-crm')
      .setSubject(subject)
      .setIssuedAt(Math.floor(Date.now() / 1000) - 3600)
      .setExpirationTime(overrides.expires ?? '5m from now')
      .sign(privateKey);
  return { issuer, sign, server, requests: () => requests };
}

describe('production mode with an OIDC provider', () => {
  let issuer: Awaited<ReturnType<typeof startIssuer>>;
  let app: TestApp;
  beforeAll(async () => {
    issuer = await startIssuer();
    app = await TestApp.start({
      NODE_ENV: 'production',
      OIDC_ISSUER: issuer.issuer,
      OIDC_AUDIENCE: 'wsp-crm',
      RUN_WORKERS: 'false',
      SMTP_URL: 'smtp://127.0.0.1:2525',
      PUBLIC_URL: 'https://crm.example.nl',
    });
  });
  afterAll(async () => {
    await app?.close();
    issuer?.server.close();
  });

  it('offers no "Did you mean" suggestions: with introspection off they would still reveal the schema', async () => {
    const user = await createUser(app.dataSource, { organisation: 'wpda' });
    const response = await app.graphql(
      '{ employerz { id } me { displayNam } }',
      {},
      {
        token: await issuer.sign(user.subject),
      },
    );
    expect(response.errors?.map((error) => error.extensions?.code)).toEqual(['BAD_USER_INPUT', 'BAD_USER_INPUT']);
    expect(JSON.stringify(response.errors)).not.toMatch(/Did you mean|employers|displayName/);
    expect(response.errors?.[0].message).toBe('Cannot query field "employerz" on type "Query".');
  });

  it('accepts tokens of the provider, with keys found through discovery', async () => {
    const user = await createUser(app.dataSource, { organisation: 'wpda' });
    const response = await app.graphql('{ me { id } }', {}, { token: await issuer.sign(user.subject) });
    expect(response.data).toEqual({ me: { id: user.id } });
    expect(issuer.requests()).toBeGreaterThanOrEqual(2);
  });

  it('refuses tokens for another audience or issuer as UNAUTHENTICATED', async () => {
    const user = await createUser(app.dataSource, { organisation: 'wpda' });
    const otherAudience = await issuer.sign(user.subject, { audience: 'another-app' });
    const otherIssuer = await issuer.sign(user.subject, { issuer: 'https://evil.example/realms/wsp' });
    expect(onlyError(await app.graphql('{ me { id } }', {}, { token: otherAudience })).extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
    expect(onlyError(await app.graphql('{ me { id } }', {}, { token: otherIssuer })).extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
  });

  it('logs why a token was refused at warn, never the token; the client hears one generic error', async () => {
    const user = await createUser(app.dataSource, { organisation: 'wpda' });
    const warned = jest.spyOn(Logger.prototype, 'warn');
    try {
      const tokens = {
        expired: await issuer.sign(user.subject, { expires: '10 minutes ago' }),
        'wrong audience': await issuer.sign(user.subject, { audience: 'another-app' }),
        'unknown issuer': await issuer.sign(user.subject, { issuer: 'https://evil.example/realms/wsp' }),
        malformed: 'not-a-token',
      };
      for (const [reason, token] of Object.entries(tokens)) {
        const refused = onlyError(await app.graphql('{ me { id } }', {}, { token }));
        expect({ reason, code: refused.extensions?.code, message: refused.message }).toEqual({
          reason,
          code: 'UNAUTHENTICATED',
          message: 'The bearer token is invalid or expired',
        });
        const logged = warned.mock.calls.filter(([fields]) => (fields as { reason?: string }).reason === reason);
        expect(logged).toHaveLength(1);
        expect(JSON.stringify(logged)).not.toContain(token);
      }
      const wrongIssuer = warned.mock.calls.find(([f]) => (f as { reason: string }).reason === 'unknown issuer')!;
      expect(wrongIssuer[0]).toMatchObject({ issuer: 'https://evil.example/realms/wsp', subject: user.subject });

      const stranger = onlyError(await app.graphql('{ me { id } }', {}, { token: await issuer.sign('nobody|1') }));
      expect(stranger.extensions?.code).toBe('FORBIDDEN');
      expect(warned).toHaveBeenCalledWith(
        { reason: 'unknown subject', issuer: issuer.issuer, subject: 'nobody|1' },
        'bearer token refused',
      );
    } finally {
      warned.mockRestore();
    }
  });

  it('has no development issuer, no demo sign-in, no GraphiQL and no introspection', async () => {
    await expect(app.tokenForSubject('demo|admin@uwv.demo')).rejects.toThrow(/development issuer is off/);
    // The web app's one-click demo sign-in does not exist here.
    const signIn = await fetch(`${app.url}/dev/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'admin@uwv.demo' }),
    });
    expect(signIn.status).toBe(404);
    expect((await fetch(`${app.url}/dev/demo-users`, { method: 'GET' })).headers.get('content-type')).not.toMatch(
      /json/,
    );
    expect(await fetch(`${app.url}/config.json`).then((response) => response.json())).toEqual({
      auth: { mode: 'oidc', issuer: issuer.issuer, clientId: null, scopes: 'openid profile email' },
      devMailbox: false,
    });
    expect(await fetch(`${app.url}/graphiql`).then((response) => response.text())).not.toMatch(/graphiql/i);
    const user = await createUser(app.dataSource, { organisation: 'uwv' });
    const introspection = await app.graphql(
      '{ __schema { types { name } } }',
      {},
      { token: await issuer.sign(user.subject) },
    );
    expect(introspection.data ?? null).toBeNull();
    expect(introspection.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/introspection has been disabled/),
    });
  });
});

describe('an identity provider that is down when the API starts', () => {
  it('starts anyway, is not ready and answers SERVICE_UNAVAILABLE, and serves once the provider is back', async () => {
    // A port nobody listens on yet: the provider comes up there later.
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const port = (probe.address() as AddressInfo).port;
    await new Promise((resolve) => probe.close(resolve));
    const app = await TestApp.start({
      NODE_ENV: 'production',
      OIDC_ISSUER: `http://127.0.0.1:${port}/realms/wsp`,
      OIDC_AUDIENCE: 'wsp-crm',
      RUN_WORKERS: 'false',
      SMTP_URL: 'smtp://127.0.0.1:2525',
      PUBLIC_URL: 'https://crm.example.nl',
    });
    let issuer: Awaited<ReturnType<typeof startIssuer>> | undefined;
    try {
      const ready = () =>
        fetch(`${app.url}/health/ready`).then(async (r) => ({ status: r.status, body: await r.json() }));
      const down = await ready();
      expect(down.status).toBe(503);
      expect(down.body.error.identity).toEqual({
        status: 'down',
        message: "the identity provider's signing keys are not known yet",
      });
      const user = await createUser(app.dataSource, { organisation: 'wpda' });
      const early = await app.graphql('{ me { id } }', {}, { token: 'eyJhbGciOiJSUzI1NiJ9.e30.x' });
      expect(onlyError(early).extensions?.code).toBe('SERVICE_UNAVAILABLE');

      issuer = await startIssuer(port);
      const deadline = Date.now() + 20_000;
      while ((await ready()).status !== 200) {
        if (Date.now() > deadline) throw new Error('not ready 20 s after the provider came up');
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
      const response = await app.graphql('{ me { id } }', {}, { token: await issuer.sign(user.subject) });
      expect(response.data).toEqual({ me: { id: user.id } });
    } finally {
      await app.close();
      issuer?.server.close();
    }
  });
});
