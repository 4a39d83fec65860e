import { Role, TokenVerifier } from '@wsp/platform';
import { SignJWT, generateKeyPair } from 'jose';
import { Client } from 'pg';
import { createUser } from '../factories/user.factory';
import { onlyError, TestApp } from '../support/test-app';
import { graphql } from '../gql';

const ME = graphql(`
  query AuthMe {
    me {
      displayName
      email
      roles
      organisation {
        name
        kind
      }
    }
  }
`);

describe('authentication', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await TestApp.start();
  });
  afterAll(() => app.close());

  it.each([
    ['accountmanager@uwv.demo', 'ACCOUNT_MANAGER', 'UWV Noord', 'UWV'],
    ['jobcoach@wpda.demo', 'JOB_COACH', 'Werkplein Drentsche Aa', 'MUNICIPALITY'],
    ['director@groningen.demo', 'REGIONAL_DIRECTOR', 'Gemeente Groningen', 'MUNICIPALITY'],
    ['admin@emmen.demo', 'ADMIN', 'Gemeente Emmen', 'MUNICIPALITY'],
  ])('answers me for %s', async (email, role, organisation, kind) => {
    const response = await app.graphql(ME, {}, { as: email });
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({
      me: { displayName: expect.any(String), email, roles: [role], organisation: { name: organisation, kind } },
    });
  });

  it('refuses a request without a token as UNAUTHENTICATED', async () => {
    const response = await app.graphql(ME, {});
    expect(onlyError(response).extensions?.code).toBe('UNAUTHENTICATED');
    expect(response.data).toBeNull();
  });

  it.each([
    ['garbage', 'not-a-jwt'],
    ['tampered', 'TAMPER'],
  ])('refuses a %s token as UNAUTHENTICATED', async (_, kind) => {
    const valid = await app.tokenFor('accountmanager@uwv.demo');
    const token = kind === 'TAMPER' ? `${valid.slice(0, -4)}AAAA` : kind;
    expect(onlyError(await app.graphql(ME, {}, { token })).extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses an expired token as UNAUTHENTICATED, having checked it once for the whole request', async () => {
    const expired = await app.tokenForSubject('demo|accountmanager@uwv.demo', Math.floor(Date.now() / 1000) - 3600);
    // The address limit and authentication both need the token's subject; a refusal is not cached across requests.
    const verify = jest.spyOn(app.running.app.get(TokenVerifier), 'verify');
    try {
      expect(onlyError(await app.graphql(ME, {}, { token: expired })).extensions?.code).toBe('UNAUTHENTICATED');
      expect(verify).toHaveBeenCalledTimes(1);
    } finally {
      verify.mockRestore();
    }
  });

  it('refuses a token signed by another key as UNAUTHENTICATED', async () => {
    const { privateKey } = await generateKeyPair('ES256');
    const forged = await new SignJWT({})
      .setProtectedHeader({ alg: 'ES256' })
      .setIssuer(app.config.auth.providers[0].issuer)
      .setAudience(app.config.auth.providers[0].audience)
      .setSubject('demo|admin@uwv.demo')
      .setExpirationTime('1h')
      .sign(privateKey);
    expect(onlyError(await app.graphql(ME, {}, { token: forged })).extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses a valid token of an unknown user as FORBIDDEN', async () => {
    const token = await app.tokenForSubject('nobody-we-know');
    expect(onlyError(await app.graphql(ME, {}, { token })).extensions?.code).toBe('FORBIDDEN');
  });

  it('refuses a valid token of a deactivated user as FORBIDDEN', async () => {
    const user = await createUser(app.dataSource, { organisation: 'wpda', roles: [Role.JOB_COACH], active: false });
    const response = await app.graphql(ME, {}, { token: await app.tokenForSubject(user.subject) });
    expect(onlyError(response).extensions?.code).toBe('FORBIDDEN');
    expect(onlyError(response).message).toMatch(/deactivated/);
  });

  it('refuses an operation for a role that lacks permission as FORBIDDEN', async () => {
    const response = await app.graphql(
      graphql(`
        mutation AuthAddUser($input: AddUserInput!) {
          addUser(input: $input) {
            id
          }
        }
      `),
      { input: { subject: 'x', displayName: 'X', email: 'x@uwv.example', roles: ['JOB_COACH'] } },
      { as: 'accountmanager@uwv.demo' },
    );
    expect(onlyError(response).extensions?.code).toBe('FORBIDDEN');
  });
});

describe('the directory entry of a signed-in user', () => {
  const TTL_MS = 400;
  let app: TestApp;
  beforeAll(async () => {
    app = await TestApp.start({ RUN_WORKERS: 'false', ACTOR_CACHE_TTL_MS: String(TTL_MS) });
  });
  afterAll(() => app.close());

  /** How many statements of `work` read the directory for an actor. */
  async function actorLookupsDuring(work: () => Promise<unknown>): Promise<number> {
    const spy = jest.spyOn(Client.prototype, 'query');
    try {
      await work();
      return spy.mock.calls.filter((call) => JSON.stringify(call[0]).includes('FROM app_user u')).length;
    } finally {
      spy.mockRestore();
    }
  }

  it('is read once and reused by the next requests', async () => {
    const user = await createUser(app.dataSource, { organisation: 'wpda', roles: [Role.JOB_COACH] });
    const token = await app.tokenForSubject(user.subject);
    expect(
      await actorLookupsDuring(() =>
        app.graphql(
          graphql(`
            query AuthMe2 {
              me {
                id
              }
            }
          `),
          {},
          { token },
        ),
      ),
    ).toBe(1);
    expect(
      await actorLookupsDuring(() =>
        app.graphql(
          graphql(`
            query AuthMe3 {
              me {
                id
              }
            }
          `),
          {},
          { token },
        ),
      ),
    ).toBe(0);
  });

  it('is read again after ACTOR_CACHE_TTL_MS, so a change made elsewhere applies within that time', async () => {
    const user = await createUser(app.dataSource, { organisation: 'wpda', roles: [Role.JOB_COACH] });
    const token = await app.tokenForSubject(user.subject);
    expect(
      (
        await app.graphql(
          graphql(`
            query AuthMe4 {
              me {
                id
              }
            }
          `),
          {},
          { token },
        )
      ).data,
    ).toEqual({ me: { id: user.id } });
    // Another replica deactivates the user: this one learns it when its entry lapses.
    await app.dataSource.query('UPDATE app_user SET active = false WHERE id = $1', [user.id]);
    await new Promise((resolve) => setTimeout(resolve, TTL_MS + 100));
    expect(
      onlyError(
        await app.graphql(
          graphql(`
            query AuthMe5 {
              me {
                id
              }
            }
          `),
          {},
          { token },
        ),
      ).extensions?.code,
    ).toBe('FORBIDDEN');
  });

  it('is never kept for an identity without a user, so a user added later can sign in at once', async () => {
    const subject = `oidc|later-${Date.now()}`;
    const token = await app.tokenForSubject(subject);
    expect(
      onlyError(
        await app.graphql(
          graphql(`
            query AuthMe6 {
              me {
                id
              }
            }
          `),
          {},
          { token },
        ),
      ).extensions?.code,
    ).toBe('FORBIDDEN');
    const user = await createUser(app.dataSource, { organisation: 'wpda', roles: [Role.JOB_COACH], subject });
    expect(
      (
        await app.graphql(
          graphql(`
            query AuthMe7 {
              me {
                id
              }
            }
          `),
          {},
          { token },
        )
      ).data,
    ).toEqual({ me: { id: user.id } });
  });
});
