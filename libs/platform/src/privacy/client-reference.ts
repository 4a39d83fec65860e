import { Inject, Injectable } from '@nestjs/common';
import { createHash, createHmac, randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { DomainError } from '../errors/domain-error';

/**
 * The keyed hash (HMAC-SHA-256) of an owner's own client number, with a secret per organisation: the owner
 * can find "my profile for client X" and cannot enter a client twice, while the number itself is never
 * stored, logged or comparable across organisations.
 */
@Injectable()
export class ClientReferenceHasher {
  private devKey?: Promise<Buffer>;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  async hash(organisationSlug: string, clientNumber: string, field = 'input.clientNumber'): Promise<ClientReference> {
    const key = await this.keyFor(organisationSlug, field);
    return { hash: digest(key, clientNumber), keyId: keyId(key) };
  }

  /**
   * While the organisation's secret is being rotated: the reference under the secret it replaces. Stored
   * references cannot be re-made without the number, so they are re-made when their owner next gives it.
   */
  previousHash(organisationSlug: string, clientNumber: string): ClientReference | undefined {
    const previous = this.config.clientReferences.previousSecrets[organisationSlug];
    return previous ? { hash: digest(previous, clientNumber), keyId: keyId(previous) } : undefined;
  }

  /** The fingerprints of the organisation's current secret and, during a rotation, of the one it replaces. */
  async keyIds(organisationSlug: string): Promise<{ current?: string; previous?: string }> {
    const previous = this.config.clientReferences.previousSecrets[organisationSlug];
    const current = await this.keyFor(organisationSlug, 'organisation').catch(() => undefined);
    return { current: current && keyId(current), previous: previous && keyId(previous) };
  }

  private async keyFor(slug: string, field: string): Promise<Buffer | string> {
    const secret = this.config.clientReferences.secrets[slug];
    if (secret) return secret;
    const { devKeyFile } = this.config.clientReferences;
    if (!devKeyFile) {
      throw DomainError.badInput([
        { field, message: 'client numbers cannot be used: no CLIENT_REFERENCE_SECRETS entry for your organisation' },
      ]);
    }
    this.devKey ??= loadOrCreateKey(devKeyFile);
    return createHmac('sha256', await this.devKey)
      .update(`organisation:${slug}`)
      .digest();
  }
}

/** A client reference, and the fingerprint of the secret that made it. */
export interface ClientReference {
  hash: Buffer;
  keyId: string;
}

/** Names a secret without revealing it: the first 16 hex digits of its SHA-256. */
function keyId(key: Buffer | string): string {
  return createHash('sha256').update(key).digest('hex').slice(0, 16);
}

function digest(key: Buffer | string, clientNumber: string): Buffer {
  const normalised = clientNumber.replace(/[\s.-]/g, '').toUpperCase();
  return createHmac('sha256', key).update(normalised, 'utf8').digest();
}

async function loadOrCreateKey(file: string): Promise<Buffer> {
  try {
    return await readFile(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  await mkdir(dirname(file), { recursive: true });
  try {
    await writeFile(file, randomBytes(32), { mode: 0o600, flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error; // another process was first
  }
  return readFile(file);
}
