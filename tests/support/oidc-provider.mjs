// An OpenID Connect provider for the browser tests: panva's certified `oidc-provider`, on loopback, with its
// development login pages (any login is a subject). Run as its own process (the library is an ES module);
// it prints `READY <issuer>` once listening.
//   APP_ORIGIN         the web app's origin (redirect and post-logout URIs)
//   ACCESS_TOKEN_TTL   seconds an access token lives (short, to see silent renewal)
import { createServer } from 'node:net';
import Provider from 'oidc-provider';

const appOrigin = process.env.APP_ORIGIN;
const accessTokenTtl = Number(process.env.ACCESS_TOKEN_TTL ?? 600);
const AUDIENCE = 'urn:wsp-crm';

/** A free loopback port: the issuer URL holds it, so it is known before the provider is made. */
const port = await new Promise((resolve) => {
  const probe = createServer().listen(0, '127.0.0.1', () => {
    const { port: free } = probe.address();
    probe.close(() => resolve(free));
  });
});
const issuer = `http://127.0.0.1:${port}`;

const provider = new Provider(issuer, {
  clients: [
    {
      client_id: 'wsp-web',
      token_endpoint_auth_method: 'none',
      application_type: 'web',
      redirect_uris: [`${appOrigin}/aanmelden/terug`],
      post_logout_redirect_uris: [`${appOrigin}/`],
      grant_types: ['authorization_code', 'refresh_token'],
      response_types: ['code'],
    },
  ],
  cookies: { keys: ['wsp-test-provider'] },
  findAccount: (_ctx, id) => ({ accountId: id, claims: () => ({ sub: id }) }),
  // Refresh tokens for the browser, as Keycloak and Entra ID issue them to a SPA: renewal needs no iframe.
  issueRefreshToken: (_ctx, client) => client.grantTypeAllowed('refresh_token'),
  ttl: { AccessToken: accessTokenTtl },
  features: {
    devInteractions: { enabled: true },
    resourceIndicators: {
      enabled: true,
      defaultResource: () => AUDIENCE,
      useGrantedResource: () => true,
      getResourceServerInfo: () => ({
        scope: 'openid profile email',
        audience: AUDIENCE,
        accessTokenFormat: 'jwt',
        accessTokenTTL: accessTokenTtl,
      }),
    },
  },
});

const server = provider.listen(port, '127.0.0.1', () => process.stdout.write(`READY ${issuer}\n`));
process.on('SIGTERM', () => server.close(() => process.exit(0)));
