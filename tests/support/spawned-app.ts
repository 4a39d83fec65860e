import { ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { basename, resolve } from 'node:path';
import { TEST_DATA_DIR, testDatabaseUrl } from './test-database';

/** The repository: two levels up from the sources, three from their build in dist/ (benchmarks run that). */
const ROOT = resolve(__dirname, basename(resolve(__dirname, '../..')) === 'dist' ? '../../..' : '../..');

/** Node's flags in production (the Dockerfile's NODE_OPTIONS, `npm start`): the young generation's size. */
const PRODUCTION_NODE_FLAGS = ['--max-semi-space-size=32'];

/** A built app (`dist/apps/<name>`) in its own process, as production runs it: its own connections, its own realm. */
export interface SpawnedApp {
  readonly process: ChildProcess;
  /** Everything it wrote to stdout and stderr so far. */
  output(): string;
  /** Sends `signal` and waits for the exit (nothing when it already exited). */
  stop(signal?: NodeJS.Signals): Promise<void>;
}

/** Starts the app (on the e2e database unless `env` names another) and resolves once its output contains `readyText`; fails with its output when it exits first. */
export async function spawnApp(
  name: 'api' | 'worker',
  readyText: string,
  env: Record<string, string>,
  { timeoutMs = 30_000, nodeArgs = [] }: { timeoutMs?: number; nodeArgs?: string[] } = {},
): Promise<SpawnedApp> {
  const child = spawn(process.execPath, [...PRODUCTION_NODE_FLAGS, ...nodeArgs, `dist/apps/${name}/src/main.js`], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH ?? '',
      NODE_ENV: 'test',
      DATA_DIR: TEST_DATA_DIR,
      SEED_DEMO: 'false',
      // As in TestApp: tests call from one address as a few users; a test about rate limits sets real ones.
      RATE_LIMIT_PER_USER: '1000000',
      RATE_LIMIT_PER_IP: '1000000',
      ...env,
      DATABASE_URL: env.DATABASE_URL ?? testDatabaseUrl(),
    },
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  const deadline = Date.now() + timeoutMs;
  while (!output.includes(readyText)) {
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`the ${name} did not start:\n${output}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    process: child,
    output: () => output,
    stop: async (signal = 'SIGTERM') => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill(signal);
      await once(child, 'exit');
    },
  };
}

/**
 * A local port for a spawned API, away from the ports other test files pick and below Linux's ephemeral range
 * (32768-60999), where the tests' own outgoing connections could hold it.
 */
export function randomPort(): number {
  return 20_000 + Math.floor(Math.random() * 10_000);
}
