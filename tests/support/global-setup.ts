import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { resolve } from 'node:path';

const ROOT = resolve(__dirname, '../..');

declare global {
  var __WSP_TEST_DATABASE_SERVER__: ChildProcess | undefined;
}

/** Builds the apps and the web app (the start-up tests run them as a user would) and starts the run's database. */
export default async function globalSetup(): Promise<void> {
  const swc = resolve(ROOT, 'node_modules/@swc/cli/bin/swc.js');
  execFileSync(
    process.execPath,
    [
      swc,
      'apps',
      'libs',
      'migrations',
      'tests/support',
      '-d',
      'dist',
      '--copy-files',
      '--quiet',
      '--ignore',
      'apps/web/**',
    ],
    {
      cwd: ROOT,
      stdio: 'inherit',
    },
  );

  // The web app the API serves at `/` (skipped when nothing it is built from changed).
  execFileSync(process.execPath, [resolve(ROOT, 'scripts/build-web.mjs')], { cwd: ROOT, stdio: 'inherit' });

  const server = spawn(process.execPath, ['dist/tests/support/test-database-server.js'], {
    cwd: ROOT,
    env: { ...process.env, LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  globalThis.__WSP_TEST_DATABASE_SERVER__ = server;
  process.env.WSP_TEST_DATABASE_URL = await new Promise<string>((resolveUrl, reject) => {
    let output = '';
    server.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const ready = /^READY (\S+)$/m.exec(output);
      if (ready) resolveUrl(ready[1]);
    });
    server.once('exit', (code) => reject(new Error(`test database server exited with ${code}: ${output}`)));
  });
}
