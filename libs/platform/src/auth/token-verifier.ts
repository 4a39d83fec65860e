import { Inject, Injectable, Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { setTimeout as sleep } from 'node:timers/promises';
import { createRemoteJWKSet, decodeJwt, errors as joseErrors, jwtVerify, JWTVerifyGetKey } from 'jose';
import { LRUCache } from 'lru-cache';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { DevIssuer } from './dev-issuer';

export class InvalidTokenError extends Error {}

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
 * Verifies bearer JWTs against the configured OIDC issuer (or the development issuer) and returns the subject. A
 * provider that cannot be reached at start is tried again with backoff: the API runs, its readiness stays down and
 * requests with a token answer SERVICE_UNAVAILABLE until the keys are known.
 */
@Injectable()
export class TokenVerifier implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(TokenVerifier.name);
  private keySet?: JWTVerifyGetKey;
  private readonly stopping = new AbortController();
  private devIssuer?: DevIssuer;
  /**
   * Tokens whose signature this process checked: a client sends the same token with every request, and the
   * signature check is the largest CPU cost of a small request. Keyed by the whole token; refusals are not kept.
   */
  private readonly verified = new LRUCache<string, { subject: string; issuer: string }>({ max: VERIFIED_TOKENS_KEPT });

  /** The verification of each request's token, shared by the guards that ask (refusals are not in `verified`). */
  private readonly perRequest = new WeakMap<
    object,
    { token: string; verification: Promise<{ subject: string; issuer: string }> }
  >();

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  async onModuleInit(): Promise<void> {
    const auth = this.config.auth;
    if (auth.mode === 'dev-issuer') {
      this.devIssuer = await DevIssuer.load(auth.keyFile, auth.issuer, auth.audience);
      this.keySet = this.devIssuer.keySet();
    } else if (!(await this.tryLoadKeys(auth.issuer, auth.jwksUrl, true))) {
      // Unreachable at start: the API starts anyway, not ready, and keeps trying in the background.
      void this.keepLoadingKeys(auth.issuer, auth.jwksUrl);
    }
  }

  onApplicationShutdown(): void {
    this.stopping.abort();
  }

  /** Whether tokens can be verified: the signing keys are known. */
  get ready(): boolean {
    return this.keySet !== undefined;
  }

  /** Discovery and a first fetch of the keys; false when the provider could not be reached. */
  private async tryLoadKeys(issuer: string, jwksUrl: string | undefined, first: boolean): Promise<boolean> {
    try {
      const keySet = createRemoteJWKSet(new URL(jwksUrl ?? (await discoverJwksUri(issuer))), {
        timeoutDuration: 5000,
        cooldownDuration: 30_000,
      });
      await keySet.reload();
      this.keySet = keySet;
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
  private async keepLoadingKeys(issuer: string, jwksUrl: string | undefined): Promise<void> {
    for (let wait = FIRST_RETRY_MS; !this.stopping.signal.aborted; wait = Math.min(wait * 2, LONGEST_RETRY_MS)) {
      await sleep(wait, undefined, { signal: this.stopping.signal, ref: false }).catch(() => undefined);
      if (this.stopping.signal.aborted) return;
      if (await this.tryLoadKeys(issuer, jwksUrl, false)) {
        this.logger.log({ issuer }, 'identity provider reached: its signing keys are known');
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
  verifyRequest(request: object, token: string): Promise<{ subject: string; issuer: string }> {
    let entry = this.perRequest.get(request);
    if (entry?.token !== token) {
      entry = { token, verification: this.verify(token) };
      this.perRequest.set(request, entry);
    }
    return entry.verification;
  }

  /**
   * The token's subject and issuer. A refusal is logged at warn with its reason and the issuer, audience and
   * subject the token claims (never the token); the caller tells the client one generic error.
   */
  async verify(token: string): Promise<{ subject: string; issuer: string }> {
    const known = this.verified.get(token);
    if (known) return known;
    if (!this.keySet) throw new IdentityProviderUnavailableError('the identity provider has not been reached yet');
    try {
      const { payload } = await jwtVerify(token, this.keySet, {
        issuer: this.config.auth.issuer,
        audience: this.config.auth.audience,
        clockTolerance: 30,
      });
      if (!payload.sub) throw new InvalidTokenError('token has no subject');
      const verified = { subject: payload.sub, issuer: payload.iss ?? this.config.auth.issuer };
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

  /** Logs a verified token whose subject no user has (at warn, like every refusal). */
  refusedSubject(issuer: string, subject: string): void {
    this.logger.warn({ reason: 'unknown subject', issuer, subject }, 'bearer token refused');
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
