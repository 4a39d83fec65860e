import { exportJWK, generateKeyPair, importJWK, JWK, SignJWT, createLocalJWKSet, JWTVerifyGetKey } from 'jose';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

const ALGORITHM = 'ES256';
const TOKEN_LIFETIME = '12h';

interface StoredKey {
  privateJwk: JWK;
  publicJwk: JWK;
}

/**
 * The development token issuer: an ES256 key kept in the data directory, so the server and
 * `npm run wsp -- token` agree on it across processes. Never enabled in production (config refuses it).
 */
export class DevIssuer {
  private constructor(
    private readonly issuer: string,
    private readonly audience: string,
    private readonly key: StoredKey,
  ) {}

  static async load(keyFile: string, issuer: string, audience: string): Promise<DevIssuer> {
    return new DevIssuer(issuer, audience, await loadOrCreateKey(keyFile));
  }

  async sign(
    subject: string,
    claims: Record<string, unknown> = {},
    lifetime: string | number = TOKEN_LIFETIME,
  ): Promise<string> {
    const key = await importJWK(this.key.privateJwk, ALGORITHM);
    return new SignJWT(claims)
      .setProtectedHeader({ alg: ALGORITHM, kid: this.key.publicJwk.kid })
      .setIssuer(this.issuer)
      .setAudience(this.audience)
      .setSubject(subject)
      .setIssuedAt()
      .setExpirationTime(lifetime)
      .sign(key);
  }

  keySet(): JWTVerifyGetKey {
    return createLocalJWKSet({ keys: [this.key.publicJwk] });
  }
}

async function loadOrCreateKey(keyFile: string): Promise<StoredKey> {
  try {
    return JSON.parse(await readFile(keyFile, 'utf8')) as StoredKey;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const { privateKey, publicKey } = await generateKeyPair(ALGORITHM, { extractable: true });
  const kid = `dev-${Date.now().toString(36)}`;
  const key: StoredKey = {
    privateJwk: { ...(await exportJWK(privateKey)), kid, alg: ALGORITHM },
    publicJwk: { ...(await exportJWK(publicKey)), kid, alg: ALGORITHM, use: 'sig' },
  };
  await mkdir(dirname(keyFile), { recursive: true });
  try {
    // 'wx': when two processes race to create the key, the first one wins and the other reads it.
    await writeFile(keyFile, JSON.stringify(key), { mode: 0o600, flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST')
      return JSON.parse(await readFile(keyFile, 'utf8')) as StoredKey;
    throw error;
  }
  return key;
}
