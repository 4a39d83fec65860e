import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppConfig } from '../config/app-config';
import { DomainError } from '../errors/domain-error';
import { ClientReferenceHasher } from './client-reference';

const hasherWith = (clientReferences: Omit<AppConfig['clientReferences'], 'previousSecrets'>, previousSecrets = {}) =>
  new ClientReferenceHasher({ clientReferences: { ...clientReferences, previousSecrets } } as AppConfig);

describe('ClientReferenceHasher', () => {
  const devKeyFile = join(mkdtempSync(join(tmpdir(), 'wsp-ref-')), 'client-reference-dev-key');

  it('gives the same client number of one organisation the same 32-byte hash, however it is written', async () => {
    const hasher = hasherWith({ secrets: { uwv: 'x'.repeat(32) } });
    const { hash } = await hasher.hash('uwv', 'uwv-123.456');
    expect(hash).toHaveLength(32);
    expect((await hasher.hash('uwv', 'UWV 123456')).hash).toEqual(hash);
    expect((await hasher.hash('uwv', 'UWV 123457')).hash).not.toEqual(hash);
    expect(hash.toString('latin1')).not.toContain('123456');
  });

  it('keys each organisation apart, with configured or derived development keys', async () => {
    const hasher = hasherWith({ secrets: { uwv: 'x'.repeat(32) }, devKeyFile });
    const [uwv, groningen, emmen] = await Promise.all(
      ['uwv', 'groningen', 'emmen'].map((slug) => hasher.hash(slug, '123456')),
    );
    expect(new Set([uwv, groningen, emmen].map((r) => r.hash.toString('hex'))).size).toBe(3);
    expect(new Set([uwv, groningen, emmen].map((r) => r.keyId)).size).toBe(3);
    // The development key is kept, so hashes survive a restart.
    expect(await hasherWith({ secrets: {}, devKeyFile }).hash('groningen', '123456')).toEqual(groningen);
  });

  it('refuses client numbers for an organisation without a secret in production', async () => {
    const refused = hasherWith({ secrets: {} }).hash('uwv', '123456');
    await expect(refused).rejects.toBeInstanceOf(DomainError);
    await expect(refused).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
  });

  it('while a secret is rotated, also gives the reference under the secret it replaced', async () => {
    const [before, after] = ['a'.repeat(32), 'b'.repeat(32)];
    const old = await hasherWith({ secrets: { uwv: before } }).hash('uwv', '123456');
    const rotating = hasherWith({ secrets: { uwv: after } }, { uwv: before });
    expect(rotating.previousHash('uwv', '12-34 56')).toEqual(old);
    const current = await rotating.hash('uwv', '123456');
    expect(current.hash).not.toEqual(old.hash);
    expect(rotating.previousHash('groningen', '123456')).toBeUndefined();
    // Each reference names its secret by a fingerprint that reveals nothing of it.
    expect(await rotating.keyIds('uwv')).toEqual({ current: current.keyId, previous: old.keyId });
    expect(current.keyId).toMatch(/^[0-9a-f]{16}$/);
    expect(after).not.toContain(current.keyId);
    expect(await hasherWith({ secrets: {} }).keyIds('uwv')).toEqual({ current: undefined, previous: undefined });
  });
});
