import { Logger } from '@nestjs/common';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../config/app-config';
import {
  bearerToken,
  InvalidTokenError,
  TokenVerifier,
  VERIFIED_TOKEN_TTL_MS,
  verifiedTokenTtl,
} from './token-verifier';

describe('TokenVerifier', () => {
  let dataDir: string;
  let verifier: TokenVerifier;
  let warned: jest.SpyInstance;
  beforeEach(() => {
    warned = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
  });
  afterEach(() => warned.mockRestore());
  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'wsp-token-'));
    verifier = new TokenVerifier(loadConfig({ DATA_DIR: dataDir }));
    await verifier.onModuleInit();
  });
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('checks a token once and trusts it afterwards, keyed by the whole token', async () => {
    const token = await verifier.developmentIssuer!.sign('demo|a@uwv.demo');
    const first = await verifier.verify(token);
    expect(first).toEqual({ subject: 'demo|a@uwv.demo', issuer: 'urn:wsp-crm:dev-issuer' });
    expect(await verifier.verify(token)).toBe(first);
    // The same subject and claims with a broken signature is another key, and refused.
    const [header, payload] = token.split('.');
    await expect(verifier.verify(`${header}.${payload}.${'A'.repeat(86)}`)).rejects.toBeInstanceOf(InvalidTokenError);
  });

  it('does not keep refusals, and logs each with its reason and claims, never the token', async () => {
    const expired = await verifier.developmentIssuer!.sign('demo|b@uwv.demo', {}, Math.floor(Date.now() / 1000) - 60);
    await expect(verifier.verify(expired)).rejects.toBeInstanceOf(InvalidTokenError);
    await expect(verifier.verify(expired)).rejects.toBeInstanceOf(InvalidTokenError);
    expect(warned).toHaveBeenCalledTimes(2);
    expect(warned).toHaveBeenLastCalledWith(
      { reason: 'expired', issuer: 'urn:wsp-crm:dev-issuer', audience: 'wsp-crm', subject: 'demo|b@uwv.demo' },
      'bearer token refused',
    );
    expect(JSON.stringify(warned.mock.calls)).not.toContain(expired);
  });

  it('checks a refused token once per request, however many guards ask', async () => {
    const expired = await verifier.developmentIssuer!.sign('demo|c@uwv.demo', {}, Math.floor(Date.now() / 1000) - 60);
    const verify = jest.spyOn(verifier, 'verify');
    try {
      const [request, next] = [{}, {}];
      await expect(verifier.verifyRequest(request, expired)).rejects.toBeInstanceOf(InvalidTokenError);
      await expect(verifier.verifyRequest(request, expired)).rejects.toBeInstanceOf(InvalidTokenError);
      expect(verify).toHaveBeenCalledTimes(1);
      await expect(verifier.verifyRequest(next, expired)).rejects.toBeInstanceOf(InvalidTokenError);
      expect(verify).toHaveBeenCalledTimes(2);
    } finally {
      verify.mockRestore();
    }
  });

  it('reads the token of a bearer header only', () => {
    expect(bearerToken({ authorization: 'Bearer abc.def.ghi' })).toBe('abc.def.ghi');
    expect(bearerToken({ authorization: 'bearer   abc' })).toBe('abc');
    expect(bearerToken({ authorization: 'Basic dXNlcjpwdw==' })).toBeUndefined();
    expect(bearerToken({ authorization: ['Bearer a', 'Bearer b'] })).toBeUndefined();
    expect(bearerToken({})).toBeUndefined();
    expect(bearerToken(undefined)).toBeUndefined();
  });

  it('trusts a verified token at most until it expires, and at most the TTL', () => {
    const now = 1_800_000_000_000;
    expect(verifiedTokenTtl(now / 1000 + 5, now)).toBe(5_000);
    expect(verifiedTokenTtl(now / 1000 + 3_600, now)).toBe(VERIFIED_TOKEN_TTL_MS);
    expect(verifiedTokenTtl(now / 1000 - 10, now)).toBeLessThan(0);
    expect(verifiedTokenTtl(undefined, now)).toBe(VERIFIED_TOKEN_TTL_MS);
  });
});
