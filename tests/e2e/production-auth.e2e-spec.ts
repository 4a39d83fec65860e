import { Logger } from '@nestjs/common';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { Role } from '@wsp/platform';
import { createUser } from '../factories/user.factory';
import { onlyError, TestApp } from '../support/test-app';
import { graphql } from '../gql';
import type { AddUserInput } from '../gql/graphql';

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
      // Misspelt on purpose: the schema must not suggest its own names.
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
    const response = await app.graphql(
      graphql(`
        query ProductionAuthMe {
          me {
            id
          }
        }
      `),
      {},
      { token: await issuer.sign(user.subject) },
    );
    expect(response.data).toEqual({ me: { id: user.id } });
    expect(issuer.requests()).toBeGreaterThanOrEqual(2);
  });

  it('refuses tokens for another audience or issuer as UNAUTHENTICATED', async () => {
    const user = await createUser(app.dataSource, { organisation: 'wpda' });
    const otherAudience = await issuer.sign(user.subject, { audience: 'another-app' });
    const otherIssuer = await issuer.sign(user.subject, { issuer: 'https://evil.example/realms/wsp' });
    expect(
      onlyError(
        await app.graphql(
          graphql(`
            query ProductionAuthMe2 {
              me {
                id
              }
            }
          `),
          {},
          { token: otherAudience },
        ),
      ).extensions?.code,
    ).toBe('UNAUTHENTICATED');
    expect(
      onlyError(
        await app.graphql(
          graphql(`
            query ProductionAuthMe3 {
              me {
                id
              }
            }
          `),
          {},
          { token: otherIssuer },
        ),
      ).extensions?.code,
    ).toBe('UNAUTHENTICATED');
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
        const refused = onlyError(
          await app.graphql(
            graphql(`
              query ProductionAuthMe4 {
                me {
                  id
                }
              }
            `),
            {},
            { token },
          ),
        );
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

      const stranger = onlyError(
        await app.graphql(
          graphql(`
            query ProductionAuthMe5 {
              me {
                id
              }
            }
          `),
          {},
          { token: await issuer.sign('nobody|1') },
        ),
      );
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
      auth: { mode: 'oidc', providers: [] }, // no web client configured: nothing to sign in with in a browser
      devMailbox: false,
    });
    expect(await fetch(`${app.url}/graphiql`).then((response) => response.text())).not.toMatch(/graphiql/i);
    const user = await createUser(app.dataSource, { organisation: 'uwv' });
    const introspection = await app.graphql(
      graphql(`
        query ProductionAuth__schema {
          __schema {
            types {
              name
            }
          }
        }
      `),
      {},
      { token: await issuer.sign(user.subject) },
    );
    expect(introspection.data ?? null).toBeNull();
    expect(introspection.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/introspection has been disabled/),
    });
  });
});

describe('an identity provider per organisation', () => {
  let uwvProvider: Awaited<ReturnType<typeof startIssuer>>;
  let groningenProvider: Awaited<ReturnType<typeof startIssuer>>;
  let regionProvider: Awaited<ReturnType<typeof startIssuer>>;
  let app: TestApp;
  beforeAll(async () => {
    [uwvProvider, groningenProvider, regionProvider] = await Promise.all([startIssuer(), startIssuer(), startIssuer()]);
    app = await TestApp.start({
      NODE_ENV: 'production',
      OIDC_PROVIDERS: JSON.stringify([
        { name: 'UWV', issuer: uwvProvider.issuer, audience: 'wsp-crm', organisations: ['uwv'], webClientId: 'crm' },
        {
          name: 'Gemeente Groningen',
          issuer: groningenProvider.issuer,
          audience: 'crm-groningen',
          organisations: ['groningen'],
        },
        // Names no organisation: signs in everyone whom no other provider claims (wpda, emmen, ...).
        { name: 'Regio', issuer: regionProvider.issuer, audience: 'wsp-crm' },
      ]),
      RUN_WORKERS: 'false',
      SMTP_URL: 'smtp://127.0.0.1:2525',
      PUBLIC_URL: 'https://crm.example.nl',
    });
  });
  afterAll(async () => {
    await app?.close();
    for (const provider of [uwvProvider, groningenProvider, regionProvider]) provider?.server.close();
  });
  const me = (token: string) =>
    app.graphql(
      graphql(`
        query ProductionAuthMe6 {
          me {
            id
          }
        }
      `),
      {},
      { token },
    );

  it("signs each organisation's people in through its own provider, with that provider's audience", async () => {
    const uwv = await createUser(app.dataSource, { organisation: 'uwv', issuer: uwvProvider.issuer });
    const groningen = await createUser(app.dataSource, { organisation: 'groningen', issuer: groningenProvider.issuer });
    const wpda = await createUser(app.dataSource, { organisation: 'wpda', issuer: regionProvider.issuer });
    expect((await me(await uwvProvider.sign(uwv.subject))).data).toEqual({ me: { id: uwv.id } });
    expect((await me(await groningenProvider.sign(groningen.subject, { audience: 'crm-groningen' }))).data).toEqual({
      me: { id: groningen.id },
    });
    expect((await me(await regionProvider.sign(wpda.subject))).data).toEqual({ me: { id: wpda.id } });
    // Each provider's audience is its own.
    const wrongAudience = onlyError(await me(await groningenProvider.sign(groningen.subject)));
    expect(wrongAudience.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('never lets a token of one provider act for a user of an organisation bound to another', async () => {
    const warned = jest.spyOn(Logger.prototype, 'warn');
    try {
      // The same subject at two providers is two people: each token finds its own issuer's user.
      const subject = `shared|${Date.now()}`;
      const uwv = await createUser(app.dataSource, { organisation: 'uwv', subject, issuer: uwvProvider.issuer });
      const groningen = await createUser(app.dataSource, {
        organisation: 'groningen',
        subject,
        issuer: groningenProvider.issuer,
      });
      expect((await me(await uwvProvider.sign(subject))).data).toEqual({ me: { id: uwv.id } });
      expect((await me(await groningenProvider.sign(subject, { audience: 'crm-groningen' }))).data).toEqual({
        me: { id: groningen.id },
      });

      // A UWV user recorded without an issuer (before issuers were) signs in only through UWV's provider.
      const legacy = await createUser(app.dataSource, { organisation: 'uwv' });
      expect((await me(await uwvProvider.sign(legacy.subject))).data).toEqual({ me: { id: legacy.id } });
      for (const foreign of [
        await groningenProvider.sign(legacy.subject, { audience: 'crm-groningen' }),
        await regionProvider.sign(legacy.subject),
      ]) {
        const refused = onlyError(await me(foreign));
        expect({ code: refused.extensions?.code, message: refused.message }).toEqual({
          code: 'FORBIDDEN',
          message: 'No user is registered for this identity',
        });
      }
      // The provider for "everyone else" cannot reach the organisations bound to a provider of their own.
      const groningenLegacy = await createUser(app.dataSource, { organisation: 'groningen' });
      expect(onlyError(await me(await regionProvider.sign(groningenLegacy.subject))).extensions?.code).toBe(
        'FORBIDDEN',
      );
      expect(warned).toHaveBeenCalledWith(
        { reason: 'issuer not trusted for the organisation', issuer: regionProvider.issuer, subject: legacy.subject },
        'bearer token refused',
      );
    } finally {
      warned.mockRestore();
    }
  });

  it("records a new user's issuer: the organisation's only provider, or the one chosen among its own", async () => {
    const admin = await createUser(app.dataSource, {
      organisation: 'uwv',
      roles: [Role.ADMIN],
      issuer: uwvProvider.issuer,
    });
    const token = await uwvProvider.sign(admin.subject);
    const providers = await app.graphql(
      graphql(`
        query ProductionAuthIdentityProviders {
          identityProviders {
            name
            issuer
          }
        }
      `),
      {},
      { token },
    );
    expect(providers.data).toEqual({ identityProviders: [{ name: 'UWV', issuer: uwvProvider.issuer }] });

    const add = (input: Pick<AddUserInput, 'subject' | 'email' | 'issuer'>) =>
      app.graphql(
        graphql(`
          mutation ProductionAuthAddUser($input: AddUserInput!) {
            addUser(input: $input) {
              id
              issuer
              subject
            }
          }
        `),
        { input: { displayName: 'Nieuwe collega', roles: ['ACCOUNT_MANAGER'], ...input } },
        { token },
      );
    const unique = Date.now();
    const added = await add({ subject: `new|${unique}`, email: `new-${unique}@uwv.example` });
    expect(added.data?.addUser).toMatchObject({ issuer: uwvProvider.issuer, subject: `new|${unique}` });
    const addedId = (added.data?.addUser as { id: string }).id;
    expect((await me(await uwvProvider.sign(`new|${unique}`))).data).toEqual({ me: { id: addedId } });

    const foreign = onlyError(
      await add({ subject: `other|${unique}`, email: `other-${unique}@uwv.example`, issuer: groningenProvider.issuer }),
    );
    expect(foreign.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [
        {
          field: 'input.issuer',
          message: `issuer is not a provider of this organisation: one of ${uwvProvider.issuer}`,
        },
      ],
    });
    const [{ count }] = await app.dataSource.query('SELECT count(*)::int AS count FROM app_user WHERE subject = $1', [
      `other|${unique}`,
    ]);
    expect(count).toBe(0);

    // A user from before issuers were gets theirs recorded: audited by field name.
    const legacy = await createUser(app.dataSource, { organisation: 'uwv' });
    const recorded = await app.graphql(
      graphql(`
        mutation ProductionAuthUpdateUser($input: UpdateUserInput!) {
          updateUser(input: $input) {
            issuer
          }
        }
      `),
      { input: { userId: legacy.id, version: legacy.version, issuer: `${uwvProvider.issuer}/` } },
      { token },
    );
    expect(recorded.data).toEqual({ updateUser: { issuer: uwvProvider.issuer } });
    const [audit] = await app.dataSource.query('SELECT purpose FROM audit_event WHERE entity_id = $1', [legacy.id]);
    expect(audit).toEqual({ purpose: 'gebruiker gecorrigeerd: identiteitsprovider' });
  });

  it('offers the web app one sign-in per provider it has a client at, and only their origins', async () => {
    expect(await fetch(`${app.url}/config.json`).then((response) => response.json())).toEqual({
      auth: {
        mode: 'oidc',
        providers: [{ name: 'UWV', issuer: uwvProvider.issuer, clientId: 'crm', scopes: 'openid profile email' }],
      },
      devMailbox: false,
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
        message: "an identity provider's signing keys are not known yet",
        waitingFor: [`http://127.0.0.1:${port}/realms/wsp`],
      });
      const user = await createUser(app.dataSource, { organisation: 'wpda' });
      const unsigned = (claims: object) =>
        `eyJhbGciOiJSUzI1NiJ9.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.x`;
      const early = await app.graphql(
        graphql(`
          query ProductionAuthMe7 {
            me {
              id
            }
          }
        `),
        {},
        { token: unsigned({ iss: `http://127.0.0.1:${port}/realms/wsp` }) },
      );
      expect(onlyError(early).extensions?.code).toBe('SERVICE_UNAVAILABLE');

      issuer = await startIssuer(port);
      const deadline = Date.now() + 20_000;
      while ((await ready()).status !== 200) {
        if (Date.now() > deadline) throw new Error('not ready 20 s after the provider came up');
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
      const response = await app.graphql(
        graphql(`
          query ProductionAuthMe8 {
            me {
              id
            }
          }
        `),
        {},
        { token: await issuer.sign(user.subject) },
      );
      expect(response.data).toEqual({ me: { id: user.id } });
    } finally {
      await app.close();
      issuer?.server.close();
    }
  });
});
