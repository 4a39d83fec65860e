import { loadConfig } from '../config/app-config';
import { IdentityProvider, issuerForUser, mayActFor, parseIdentityProviders } from './identity-providers';

const provider = (issuer: string, organisations?: string[]): IdentityProvider => ({
  name: issuer,
  issuer,
  audience: 'crm',
  organisations,
  scopes: 'openid',
});

describe('identity providers per organisation', () => {
  const uwv = provider('https://id.uwv.example', ['uwv']);
  const groningen = provider('https://id.groningen.example/', ['groningen', 'midden-groningen']);
  const rest = provider('https://id.regio.example');
  const providers = [uwv, groningen, rest];

  it('lets a provider sign in the organisations it names, and one naming none every organisation no other names', () => {
    expect(mayActFor(providers, uwv.issuer, 'uwv')).toBe(true);
    expect(mayActFor(providers, uwv.issuer, 'groningen')).toBe(false);
    expect(mayActFor(providers, 'https://id.groningen.example', 'midden-groningen')).toBe(true); // trailing slash
    expect(mayActFor(providers, rest.issuer, 'wpda')).toBe(true);
    expect(mayActFor(providers, rest.issuer, 'uwv')).toBe(false);
    expect(mayActFor(providers, 'https://evil.example', 'wpda')).toBe(false);
    expect(mayActFor([rest], rest.issuer, 'uwv')).toBe(true);
  });

  it("records the organisation's only provider, or the one asked for among its own", () => {
    expect(issuerForUser(providers, 'uwv')).toEqual({ issuer: uwv.issuer });
    expect(issuerForUser(providers, 'groningen', 'https://id.groningen.example')).toEqual({ issuer: groningen.issuer });
    expect(issuerForUser(providers, 'uwv', groningen.issuer)).toEqual({
      problem: 'issuer is not a provider of this organisation: one of https://id.uwv.example',
    });
    expect(issuerForUser([rest, provider('https://id.extra.example')], 'wpda')).toEqual({
      problem:
        'issuer is required: this organisation signs in with one of https://id.regio.example, https://id.extra.example',
    });
    expect(issuerForUser([uwv], 'wpda')).toEqual({
      problem: 'no identity provider signs in people of this organisation (see OIDC_PROVIDERS)',
    });
  });

  it('reads OIDC_PROVIDERS with scopes by default, and names every problem', () => {
    expect(
      parseIdentityProviders(
        JSON.stringify([{ name: 'UWV', issuer: uwv.issuer, audience: 'crm', organisations: ['uwv'] }]),
      ),
    ).toEqual({
      providers: [
        {
          name: 'UWV',
          issuer: uwv.issuer,
          audience: 'crm',
          organisations: ['uwv'],
          scopes: 'openid profile email',
          jwksUrl: undefined,
          webClientId: undefined,
        },
      ],
    });
    expect(parseIdentityProviders('{')).toEqual({
      problems: ['OIDC_PROVIDERS: must be a JSON array of providers (see README)'],
    });
    expect(parseIdentityProviders('[]')).toEqual({
      problems: ['OIDC_PROVIDERS: must be a non-empty JSON array of providers (see README)'],
    });
    expect(
      parseIdentityProviders(
        JSON.stringify([
          { name: 'A', issuer: 'ftp://a', audience: '', organisations: ['Not A Slug'], colour: 'blue' },
          { name: 'B', issuer: 'https://b.example', audience: 'crm', organisations: ['uwv'] },
          { name: 'C', issuer: 'https://b.example/', audience: 'crm', organisations: ['uwv'] },
        ]),
      ),
    ).toEqual({
      problems: [
        'OIDC_PROVIDERS[0]: unknown colour',
        'OIDC_PROVIDERS[0].audience: required, a non-empty string',
        'OIDC_PROVIDERS[0].issuer: must be an http(s) URL',
        'OIDC_PROVIDERS[0].organisations: a non-empty array of organisation slugs (as in `wsp list-organisations`)',
        'OIDC_PROVIDERS: issuer https://b.example/ is listed twice',
      ],
    });
  });

  it('takes OIDC_PROVIDERS or OIDC_ISSUER, not both, and never beside the development issuer', () => {
    const providersJson = JSON.stringify([{ name: 'UWV', issuer: uwv.issuer, audience: 'crm' }]);
    expect(() =>
      loadConfig({ AUTH_DEV_ISSUER: 'false', OIDC_PROVIDERS: providersJson, OIDC_ISSUER: uwv.issuer }),
    ).toThrow(/OIDC_ISSUER: set either OIDC_ISSUER or OIDC_PROVIDERS, not both/);
    expect(() => loadConfig({ OIDC_PROVIDERS: providersJson })).toThrow(/OIDC_PROVIDERS: set AUTH_DEV_ISSUER=false/);
    expect(loadConfig({ AUTH_DEV_ISSUER: 'false', OIDC_PROVIDERS: providersJson }).auth).toMatchObject({
      mode: 'oidc',
      providers: [{ name: 'UWV', issuer: uwv.issuer, audience: 'crm' }],
    });
  });
});
