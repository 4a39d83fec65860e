import { EmbeddedPostgres } from '@wsp/platform';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { testDatabaseUrl } from '../support/test-database';

const ROOT = resolve(__dirname, '../..');

/** Runs a built app as `npm start` would, with exactly `env` (plus PATH). */
function start(app: 'api' | 'worker', env: Record<string, string>) {
  const result = spawnSync(process.execPath, [`dist/apps/${app}/src/main.js`], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', ...env },
    encoding: 'utf8',
    timeout: 30000,
  });
  return { status: result.status, stderr: result.stderr };
}

describe('start-up', () => {
  it('says so when the embedded PostgreSQL port is taken, before creating anything', async () => {
    const squatter = createServer();
    await new Promise<void>((listening) => squatter.listen(0, '127.0.0.1', listening));
    const { port } = squatter.address() as { port: number };
    const directory = resolve(ROOT, '.data/test-port-taken');
    try {
      await expect(new EmbeddedPostgres({ directory, port }).start()).rejects.toThrow(
        `Embedded PostgreSQL cannot start: port ${port} is in use`,
      );
      expect(existsSync(directory)).toBe(false);
    } finally {
      squatter.close();
    }
  });

  it('stops with one message listing every configuration problem', () => {
    const { status, stderr } = start('api', { PORT: 'eighty', DATABASE_URL: 'mysql://db', LOG_LEVEL: 'loud' });
    expect(status).toBe(1);
    expect(stderr).toMatch(/^Invalid configuration:/);
    expect(stderr).toMatch(/PORT/);
    expect(stderr).toMatch(/DATABASE_URL/);
    expect(stderr).toMatch(/LOG_LEVEL/);
  });

  it('refuses the development issuer in production', () => {
    const { status, stderr } = start('api', {
      NODE_ENV: 'production',
      AUTH_DEV_ISSUER: 'true',
      DATABASE_URL: testDatabaseUrl(),
      OIDC_ISSUER: 'https://login.example.nl/realms/wsp',
      OIDC_AUDIENCE: 'wsp-crm',
      SMTP_URL: 'smtp://127.0.0.1:2525',
      PUBLIC_URL: 'https://crm.example.nl',
    });
    expect(status).toBe(1);
    expect(stderr).toMatch(/AUTH_DEV_ISSUER: the development token issuer cannot be enabled in production/);
  });

  it('refuses production without an OIDC issuer or a database URL', () => {
    const { status, stderr } = start('worker', { NODE_ENV: 'production' });
    expect(status).toBe(1);
    expect(stderr).toMatch(/DATABASE_URL: required in production/);
    expect(stderr).toMatch(/SMTP_URL: required in production/);
    expect(stderr).toMatch(/OIDC_ISSUER: required when the development issuer is off \(or OIDC_PROVIDERS\)/);
  });
});
