import { Inject, Injectable, Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { setTimeout as sleep } from 'node:timers/promises';
import { createRemoteJWKSet, decodeJwt, errors as joseErrors, jwtVerify, JWTVerifyGetKey } from 'jose';
import { LRUCache } from 'lru-cache';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { DevIssuer } from './dev-issuer';
import { IdentityProvider, sameIssuer } from './identity-providers';

export class InvalidTokenError extends Error {}
/** The token names an issuer that no trusted provider has. */
class UnknownIssuerError extends InvalidTokenError {}
/** The token is no JWT at all. */
class MalformedTokenError extends InvalidTokenError {}

/** Who a verified token says signed in: the subject at the (configured spelling of the) issuer. */
export interface VerifiedIdentity {
  readonly subject: string;
  readonly issuer: string;
}

/** The identity provider's signing keys are not known yet (it was unreachable since the start). */
export class IdentityProviderUnavailableError extends Error {}

/** Why a token was refused, as the log says it (never the token itself). */
export type RefusalReason =
  | 'expired'
  | 'not yet valid'
  | 'wrong audience'
  | 'unknown issuer'
  | 'bad signature'
  | 'unknown signing key'
  | 'no subject'
  | 'malformed';

/** The first wait before discovery is tried again, doubling up to the longest. */
const FIRST_RETRY_MS = 1000;
const LONGEST_RETRY_MS = 30_000;

/**
 * How long a verified token is taken on trust before its signature is checked again (never past its expiry):
 * also the longest a signing key withdrawn from the issuer's key set keeps being honoured.
 */
export const VERIFIED_TOKEN_TTL_MS = 60_000;
const VERIFIED_TOKENS_KEPT = 10_000;

/**
 * Verifies bearer JWTs against the trusted OIDC providers (or the development issuer) and returns the issuer and
 * subject. Each provider has its own signing keys; a provider that cannot be reached at start is tried again with
 * backoff: the API runs, its readiness stays down and requests with its tokens answer SERVICE_UNAVAILABLE until
 * its keys are known.
 */
@Injectable()
export class TokenVerifier implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(TokenVerifier.name);
  /** Signing keys by issuer, once known. */
  private readonly keySets = new Map<string, JWTVerifyGetKey>();
  private readonly stopping = new AbortController();
  private devIssuer?: DevIssuer;
  /**
   * Tokens whose signature this process checked: a client sends the same token with every request, and the
   * signature check is the largest CPU cost of a small request. Keyed by the whole token; refusals are not kept.
   */
  private readonly verified = new LRUCache<string, VerifiedIdentity>({ max: VERIFIED_TOKENS_KEPT });

  /** The verification of each request's token, shared by the guards that ask (refusals are not in `verified`). */
  private readonly perRequest = new WeakMap<object, { token: string; verification: Promise<VerifiedIdentity> }>();

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  async onModuleInit(): Promise<void> {
    const auth = this.config.auth;
    if (auth.mode === 'dev-issuer') {
      const [provider] = auth.providers;
      this.devIssuer = await DevIssuer.load(auth.keyFile, provider.issuer, provider.audience);
      this.keySets.set(provider.issuer, this.devIssuer.keySet());
      return;
    }
    await Promise.all(
      auth.providers.map(async (provider) => {
        // Unreachable at start: the API starts anyway, not ready, and keeps trying in the background.
        if (!(await this.tryLoadKeys(provider, true))) void this.keepLoadingKeys(provider);
      }),
    );
  }

  onApplicationShutdown(): void {
    this.stopping.abort();
  }

  /** Whether tokens can be verified: every provider's signing keys are known. */
  get ready(): boolean {
    return this.config.auth.providers.every((provider) => this.keySets.has(provider.issuer));
  }

  /** The issuers whose signing keys are not known yet (for readiness). */
  get unreachableIssuers(): string[] {
    return this.config.auth.providers.map((p) => p.issuer).filter((issuer) => !this.keySets.has(issuer));
  }

  /** Discovery and a first fetch of the keys; false when the provider could not be reached. */
  private async tryLoadKeys(provider: IdentityProvider, first: boolean): Promise<boolean> {
    const { issuer, jwksUrl } = provider;
    try {
      const keySet = createRemoteJWKSet(new URL(jwksUrl ?? (await discoverJwksUri(issuer))), {
        timeoutDuration: 5000,
        cooldownDuration: 30_000,
      });
      await keySet.reload();
      this.keySets.set(issuer, keySet);
      return true;
    } catch (error) {
      // Once per outage: the retries would say the same every few seconds.
      if (first) {
        this.logger.warn(
          { issuer, error: error instanceof Error ? error.message : String(error) },
          'identity provider unreachable: trying again; not ready until its signing keys are known',
        );
      }
      return false;
    }
  }

  /** Tries again with backoff (1 s doubling to 30 s) until the keys are known or the app stops. */
  private async keepLoadingKeys(provider: IdentityProvider): Promise<void> {
    for (let wait = FIRST_RETRY_MS; !this.stopping.signal.aborted; wait = Math.min(wait * 2, LONGEST_RETRY_MS)) {
      await sleep(wait, undefined, { signal: this.stopping.signal, ref: false }).catch(() => undefined);
      if (this.stopping.signal.aborted) return;
      if (await this.tryLoadKeys(provider, false)) {
        this.logger.log({ issuer: provider.issuer }, 'identity provider reached: its signing keys are known');
        return;
      }
    }
  }

  /** The development issuer, when enabled; used by the CLI and tests to mint tokens for demo users. */
  get developmentIssuer(): DevIssuer | undefined {
    return this.devIssuer;
  }

  /**
   * Verifies the bearer token `request` carries, once per request however many guards ask (the address limit
   * and authentication both need it); rejects with InvalidTokenError like {@link verify}.
   */
  verifyRequest(request: object, token: string): Promise<VerifiedIdentity> {
    let entry = this.perRequest.get(request);
    if (entry?.token !== token) {
      entry = { token, verification: this.verify(token) };
      this.perRequest.set(request, entry);
    }
    return entry.verification;
  }

  /**
   * The token's subject and issuer (as configured). A refusal is logged at warn with its reason and the issuer,
   * audience and subject the token claims (never the token); the caller tells the client one generic error.
   */
  async verify(token: string): Promise<VerifiedIdentity> {
    const known = this.verified.get(token);
    if (known) return known;
    try {
      const provider = this.providerOf(token);
      const keySet = this.keySets.get(provider.issuer);
      if (!keySet) throw new IdentityProviderUnavailableError('the identity provider has not been reached yet');
      const { payload } = await jwtVerify(token, keySet, { audience: provider.audience, clockTolerance: 30 });
      if (!payload.sub) throw new InvalidTokenError('token has no subject');
      const verified = { subject: payload.sub, issuer: provider.issuer };
      const ttl = verifiedTokenTtl(payload.exp, Date.now());
      if (ttl > 0) this.verified.set(token, verified, { ttl });
      return verified;
    } catch (error) {
      if (error instanceof InvalidTokenError || error instanceof joseErrors.JOSEError) {
        this.logger.warn({ reason: refusalReason(error), ...claimsOf(token) }, 'bearer token refused');
        throw new InvalidTokenError(error.message);
      }
      throw error;
    }
  }

  /** The trusted provider whose issuer the token names (read before the signature: it says whose keys to use). */
  private providerOf(token: string): IdentityProvider {
    let issuer: unknown;
    try {
      issuer = decodeJwt(token).iss;
    } catch (error) {
      throw error instanceof joseErrors.JOSEError ? error : new MalformedTokenError('token cannot be read');
    }
    const provider =
      typeof issuer === 'string'
        ? this.config.auth.providers.find((candidate) => sameIssuer(candidate.issuer, issuer as string))
        : undefined;
    if (!provider) throw new UnknownIssuerError(`issuer ${String(issuer)} is not trusted`);
    return provider;
  }

  /** Logs a verified token that signs nobody in (at warn, like every refusal), with its issuer and subject. */
  refusedIdentity(
    identity: VerifiedIdentity,
    reason: 'unknown subject' | 'issuer not trusted for the organisation',
  ): void {
    this.logger.warn({ reason, issuer: identity.issuer, subject: identity.subject }, 'bearer token refused');
  }
}

/** What a refused token's error says about why. */
export function refusalReason(error: Error): RefusalReason {
  if (error instanceof joseErrors.JWTExpired) return 'expired';
  if (error instanceof joseErrors.JWTClaimValidationFailed) {
    if (error.claim === 'aud') return 'wrong audience';
    if (error.claim === 'iss') return 'unknown issuer';
    if (error.claim === 'nbf' || error.claim === 'iat') return 'not yet valid';
    return 'malformed';
  }
  if (error instanceof joseErrors.JWSSignatureVerificationFailed) return 'bad signature';
  if (error instanceof joseErrors.JWKSNoMatchingKey) return 'unknown signing key';
  if (error instanceof UnknownIssuerError) return 'unknown issuer';
  if (error instanceof MalformedTokenError) return 'malformed';
  if (error instanceof InvalidTokenError) return 'no subject';
  return 'malformed';
}

/** The issuer, audience and subject a token claims (unverified: for the log only), if it can be read at all. */
function claimsOf(token: string): { issuer?: unknown; audience?: unknown; subject?: unknown } {
  try {
    const { iss, aud, sub } = decodeJwt(token);
    return { issuer: iss, audience: aud, subject: sub };
  } catch {
    return {};
  }
}

/** The token of an `Authorization: Bearer …` header, else undefined. */
export function bearerToken(headers: Record<string, unknown> | undefined): string | undefined {
  const header = headers?.authorization;
  return typeof header === 'string' ? /^Bearer\s+(\S+)$/i.exec(header)?.[1] : undefined;
}

/** Milliseconds a token verified at `now` may be trusted without a new check: up to its expiry, at most the TTL. */
export function verifiedTokenTtl(expiresAtSeconds: number | undefined, now: number): number {
  if (expiresAtSeconds === undefined) return VERIFIED_TOKEN_TTL_MS;
  return Math.min(VERIFIED_TOKEN_TTL_MS, Math.floor(expiresAtSeconds * 1000 - now));
}

async function discoverJwksUri(issuer: string): Promise<string> {
  const url = `${issuer.replace(/\/$/, '')}/.well-known/openid-configuration`;
  const response = await fetch(url, { signal: AbortSignal.timeout(5000) });
  if (!response.ok) throw new Error(`OIDC discovery failed: ${url} answered ${response.status}`);
  const { jwks_uri: jwksUri } = (await response.json()) as { jwks_uri?: string };
  if (!jwksUri) throw new Error(`OIDC discovery document at ${url} has no jwks_uri`);
  return jwksUri;
}
