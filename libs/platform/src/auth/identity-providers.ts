/** One OpenID Connect provider the API trusts: UWV and each municipality may sign their people in with their own. */
export interface IdentityProvider {
  /** What the sign-in button says ("UWV", "Gemeente Groningen"). */
  readonly name: string;
  /** The `iss` its tokens carry, and where discovery is (`<issuer>/.well-known/openid-configuration`). */
  readonly issuer: string;
  /** The `aud` its tokens must carry for this API. */
  readonly audience: string;
  /** Its signing keys, to skip discovery. */
  readonly jwksUrl?: string;
  /**
   * Slugs of the organisations it signs people in for. Undefined: every organisation no other provider names
   * (one provider for the whole region, as with OIDC_ISSUER).
   */
  readonly organisations?: readonly string[];
  /** The web app's public client there (Authorization Code + PKCE); without one the web app offers no button. */
  readonly webClientId?: string;
  /** Scopes the web app asks for. */
  readonly scopes: string;
}

const DEFAULT_SCOPES = 'openid profile email';
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Issuers compare without a trailing slash: providers and administrators differ in writing one. */
export function sameIssuer(a: string, b: string): boolean {
  return a.replace(/\/+$/, '') === b.replace(/\/+$/, '');
}

/**
 * The one rule of who may sign in through whom: a provider signs in people of the organisations it names, or,
 * when it names none, of every organisation no other provider names. A token of one provider therefore never
 * acts for a user of an organisation bound to another.
 */
export function mayActFor(providers: readonly IdentityProvider[], issuer: string, organisationSlug: string): boolean {
  const provider = providers.find((candidate) => sameIssuer(candidate.issuer, issuer));
  if (!provider) return false;
  if (provider.organisations) return provider.organisations.includes(organisationSlug);
  return !providers.some((other) => other.organisations?.includes(organisationSlug));
}

/** The providers that may sign in people of an organisation (for an administrator choosing a new user's issuer). */
export function providersFor(
  providers: readonly IdentityProvider[],
  organisationSlug: string,
): readonly IdentityProvider[] {
  return providers.filter((provider) => mayActFor(providers, provider.issuer, organisationSlug));
}

/**
 * Reads OIDC_PROVIDERS: a JSON array of `{name, issuer, audience, jwksUrl?, organisations?, webClientId?, scopes?}`.
 * Returns the providers, or every problem found (for the start-up error, which lists them all).
 */
export function parseIdentityProviders(json: string): { providers: IdentityProvider[] } | { problems: string[] } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return { problems: ['OIDC_PROVIDERS: must be a JSON array of providers (see README)'] };
  }
  if (!Array.isArray(parsed) || parsed.length === 0) {
    return { problems: ['OIDC_PROVIDERS: must be a non-empty JSON array of providers (see README)'] };
  }
  const problems: string[] = [];
  const providers: IdentityProvider[] = [];
  parsed.forEach((entry: unknown, index) => {
    const at = `OIDC_PROVIDERS[${index}]`;
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
      problems.push(`${at}: must be an object`);
      return;
    }
    const value = entry as Record<string, unknown>;
    const unknownKeys = Object.keys(value).filter((key) => !PROVIDER_KEYS.has(key));
    if (unknownKeys.length > 0) problems.push(`${at}: unknown ${unknownKeys.join(', ')}`);
    const text = (key: string, required: boolean): string | undefined => {
      const field = value[key];
      if (field === undefined && !required) return undefined;
      if (typeof field !== 'string' || field.trim() === '') {
        problems.push(`${at}.${key}: ${required ? 'required, ' : ''}a non-empty string`);
        return undefined;
      }
      return field.trim();
    };
    const name = text('name', true);
    const issuer = text('issuer', true);
    const audience = text('audience', true);
    const jwksUrl = text('jwksUrl', false);
    const webClientId = text('webClientId', false);
    const scopes = text('scopes', false) ?? DEFAULT_SCOPES;
    for (const [key, url] of [
      ['issuer', issuer],
      ['jwksUrl', jwksUrl],
    ] as const) {
      if (url !== undefined && !isHttpUrl(url)) problems.push(`${at}.${key}: must be an http(s) URL`);
    }
    let organisations: string[] | undefined;
    if (value.organisations !== undefined) {
      const slugs = value.organisations;
      if (!Array.isArray(slugs) || slugs.length === 0 || !slugs.every((s) => typeof s === 'string' && SLUG.test(s))) {
        problems.push(
          `${at}.organisations: a non-empty array of organisation slugs (as in \`wsp list-organisations\`)`,
        );
      } else {
        organisations = slugs as string[];
      }
    }
    if (name && issuer && audience) {
      providers.push({ name, issuer, audience, jwksUrl, organisations, webClientId, scopes });
    }
  });
  // An organisation may be named by two providers: while it moves from one to the next, both sign its people in.
  providers.forEach((provider, index) => {
    if (providers.findIndex((other) => sameIssuer(other.issuer, provider.issuer)) < index) {
      problems.push(`OIDC_PROVIDERS: issuer ${provider.issuer} is listed twice`);
    }
  });
  return problems.length > 0 ? { problems } : { providers };
}

const PROVIDER_KEYS = new Set(['name', 'issuer', 'audience', 'jwksUrl', 'organisations', 'webClientId', 'scopes']);

function isHttpUrl(value: string): boolean {
  try {
    const { protocol } = new URL(value);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

/**
 * The issuer to record for a new user of an organisation: the one asked for, when it may sign in people of that
 * organisation (in its configured spelling), else the organisation's only provider; a problem when neither holds.
 */
export function issuerForUser(
  providers: readonly IdentityProvider[],
  organisationSlug: string,
  requested?: string,
): { issuer: string } | { problem: string } {
  const eligible = providersFor(providers, organisationSlug);
  const names = eligible.map((provider) => provider.issuer).join(', ');
  if (requested !== undefined) {
    const provider = eligible.find((candidate) => sameIssuer(candidate.issuer, requested.trim()));
    if (provider) return { issuer: provider.issuer };
    return {
      problem: eligible.length
        ? `issuer is not a provider of this organisation: one of ${names}`
        : 'no identity provider signs in people of this organisation (see OIDC_PROVIDERS)',
    };
  }
  if (eligible.length === 1) return { issuer: eligible[0].issuer };
  return {
    problem: eligible.length
      ? `issuer is required: this organisation signs in with one of ${names}`
      : 'no identity provider signs in people of this organisation (see OIDC_PROVIDERS)',
  };
}
