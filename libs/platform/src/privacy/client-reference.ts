import { Inject, Injectable } from '@nestjs/common';
import { createHmac, randomBytes } from 'node:crypto';
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

  async hash(organisationSlug: string, clientNumber: string, field = 'input.clientNumber'): Promise<Buffer> {
    return digest(await this.keyFor(organisationSlug, field), clientNumber);
  }

  /**
   * While the organisation's secret is being rotated: the reference under the secret it replaces. Stored
   * references cannot be re-made without the number, so they are re-made when their owner next gives it.
   */
  previousHash(organisationSlug: string, clientNumber: string): Buffer | undefined {
    const previous = this.config.clientReferences.previousSecrets[organisationSlug];
    return previous ? digest(previous, clientNumber) : undefined;
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
