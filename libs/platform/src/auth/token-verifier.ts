import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { createRemoteJWKSet, errors as joseErrors, jwtVerify, JWTVerifyGetKey } from 'jose';
import { LRUCache } from 'lru-cache';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { DevIssuer } from './dev-issuer';

export class InvalidTokenError extends Error {}

/**
 * How long a verified token is taken on trust before its signature is checked again (never past its expiry):
 * also the longest a signing key withdrawn from the issuer's key set keeps being honoured.
 */
export const VERIFIED_TOKEN_TTL_MS = 60_000;
const VERIFIED_TOKENS_KEPT = 10_000;

/** Verifies bearer JWTs against the configured OIDC issuer (or the development issuer) and returns the subject. */
@Injectable()
export class TokenVerifier implements OnModuleInit {
  private keySet?: JWTVerifyGetKey;
  private devIssuer?: DevIssuer;
  /**
   * Tokens whose signature this process checked: a client sends the same token with every request, and the
   * signature check is the largest CPU cost of a small request. Keyed by the whole token; refusals are not kept.
   */
  private readonly verified = new LRUCache<string, { subject: string }>({ max: VERIFIED_TOKENS_KEPT });

  /** The verification of each request's token, shared by the guards that ask (refusals are not in `verified`). */
  private readonly perRequest = new WeakMap<object, { token: string; verification: Promise<{ subject: string }> }>();

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  async onModuleInit(): Promise<void> {
    const auth = this.config.auth;
    if (auth.mode === 'dev-issuer') {
      this.devIssuer = await DevIssuer.load(auth.keyFile, auth.issuer, auth.audience);
      this.keySet = this.devIssuer.keySet();
    } else {
      this.keySet = createRemoteJWKSet(new URL(auth.jwksUrl ?? (await discoverJwksUri(auth.issuer))), {
        timeoutDuration: 5000,
        cooldownDuration: 30_000,
      });
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
  verifyRequest(request: object, token: string): Promise<{ subject: string }> {
    let entry = this.perRequest.get(request);
    if (entry?.token !== token) {
      entry = { token, verification: this.verify(token) };
      this.perRequest.set(request, entry);
    }
    return entry.verification;
  }

  async verify(token: string): Promise<{ subject: string }> {
    if (!this.keySet) throw new Error('TokenVerifier used before initialisation');
    const known = this.verified.get(token);
    if (known) return known;
    try {
      const { payload } = await jwtVerify(token, this.keySet, {
        issuer: this.config.auth.issuer,
        audience: this.config.auth.audience,
        clockTolerance: 30,
      });
      if (!payload.sub) throw new InvalidTokenError('token has no subject');
      const verified = { subject: payload.sub };
      const ttl = verifiedTokenTtl(payload.exp, Date.now());
      if (ttl > 0) this.verified.set(token, verified, { ttl });
      return verified;
    } catch (error) {
      if (error instanceof InvalidTokenError || error instanceof joseErrors.JOSEError) {
        throw new InvalidTokenError(error.message);
      }
      throw error;
    }
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
