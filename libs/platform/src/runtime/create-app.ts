import { DynamicModule, Logger as NestLogger, LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { LogController } from 'fastify';
import { randomUUID } from 'node:crypto';
import { Logger, PinoLogger } from 'nestjs-pino';
import type { MixedList } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { Draining } from '../health/draining';
import { runWithDeadline } from '../database/request-deadline';
import { answerByDeadline } from './answer-by-deadline';
import { conformToGraphQLOverHttp } from '../graphql/graphql-http-conformance';
import { negotiateGraphQLMediaTypes } from '../graphql/graphql-media-types';
import { rootLogger } from '../logging/root-logger';
import { AppMetrics } from '../metrics/app-metrics';
import { instrumentHttp } from '../metrics/http-metrics';
import { traceHttp } from '../observability/http-tracing';
import { stopTracing, tracingEnabled } from '../observability/tracing';
import { DatabaseRuntime, runMigrations } from './database-runtime';
import { protectHttp } from './http-protection';

export interface RunningApp {
  app: NestFastifyApplication;
  database: DatabaseRuntime;
  /**
   * Stops in order: readiness reports down and requests are still served for `drainMs`; the HTTP server stops
   * taking connections and finishes the requests in flight; then workers, queues and pools close; last the
   * embedded database, if this process started it.
   */
  close(options?: { drainMs?: number }): Promise<void>;
}

/**
 * Starts the database (embedded when DATABASE_URL is unset, migrated at start in that mode), then builds
 * the Nest application on Fastify. Shared by the API, the worker and the e2e tests.
 */
export async function createApp(
  config: AppConfig,
  rootModule: (databaseUrl: string) => DynamicModule,
  migrations: MixedList<Function>,
): Promise<RunningApp> {
  // Until Nest's logger takes over, start-up messages (embedded PostgreSQL, migrations) use the console.
  NestLogger.overrideLogger(consoleLevels(config.logLevel));
  const database = await DatabaseRuntime.start(config);
  let app: NestFastifyApplication | undefined;
  try {
    if (database.isEmbedded) await runMigrations(config, database.url, migrations);
    app = await NestFactory.create<NestFastifyApplication>(
      rootModule(database.url),
      new FastifyAdapter({
        bodyLimit: 1024 * 1024,
        // Only proxies named in TRUST_PROXY are believed about the client's address: a forged X-Forwarded-For
        // would otherwise reset the per-address rate limit on every request.
        trustProxy: config.http.trustProxy,
        loggerInstance: rootLogger(config),
        // The id lands in every log line of the request: a client's own id only when it is a UUID, so nothing a
        // client writes (a name, a BSN) reaches the log through it.
        requestIdHeader: false,
        // Orchestrators poll /health every few seconds: not worth a log line each.
        logController: new LogController({
          requestIdLogLabel: 'requestId',
          disableRequestLogging: (request) => request.url.startsWith('/health'),
        }),
        genReqId: (request: { headers: Record<string, string | string[] | undefined> }) =>
          clientRequestId(request.headers['x-request-id']) ?? randomUUID(),
      }),
      { bufferLogs: true, abortOnError: false },
    );
    app.useLogger(app.get(Logger));
    await protectHttp(app, config);
    const fastify = app.getHttpAdapter().getInstance();
    instrumentHttp(fastify, app.get(AppMetrics));
    negotiateGraphQLMediaTypes(fastify);
    conformToGraphQLOverHttp(fastify);
    if (tracingEnabled()) traceHttp(fastify, app.get(AppMetrics));
    // Whatever the application logs while serving a request carries its id (Nest middleware misses Mercurius's route).
    const logs = await app.resolve(PinoLogger);
    // ... and its deadline: none of its transactions starts or commits after it (TransactionDeadlineSubscriber).
    fastify.addHook('onRequest', (request, _reply, done) =>
      runWithDeadline(Date.now() + config.requestDeadlineMs, () =>
        logs.runInContext(done, { bindings: { requestId: request.id } }),
      ),
    );
    answerByDeadline(fastify, config.requestDeadlineMs);
    // Echo the request id so a user's report can be matched to the log (and to masked errors). While draining, every
    // answer closes its connection: a keep-alive client reconnects, through the balancer, to another replica.
    const draining = app.get(Draining, { strict: false });
    fastify.addHook('onSend', async (request, reply) => {
      reply.header('x-request-id', request.id);
      if (draining.active) reply.header('connection', 'close');
    });
    await app.init();
  } catch (error) {
    // Workers may already poll the database: close them before the database goes away.
    await app?.close().catch(() => undefined);
    await database.stop();
    throw error;
  }
  const started = app;
  return {
    app: started,
    database,
    close: async ({ drainMs = 0 } = {}) => {
      started.get(Draining, { strict: false }).begin();
      if (drainMs > 0) await new Promise((resolve) => setTimeout(resolve, drainMs));
      await started.getHttpAdapter().getInstance().close();
      await started.close();
      await stopTracing();
      await database.stop();
    },
  };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A client-sent `x-request-id`, when it is UUID-shaped (lower-cased); otherwise the server makes one. */
export function clientRequestId(header: string | string[] | undefined): string | undefined {
  return typeof header === 'string' && UUID.test(header) ? header.toLowerCase() : undefined;
}

function consoleLevels(level: string): LogLevel[] {
  const order: LogLevel[] = ['fatal', 'error', 'warn', 'log', 'debug', 'verbose'];
  const upTo = { fatal: 0, error: 1, warn: 2, info: 3, debug: 4, trace: 5, silent: -1 }[level] ?? 3;
  return order.slice(0, upTo + 1);
}

/** Closes `running` once on SIGINT/SIGTERM (draining for `drainMs` first) and exits; a second signal exits at once. */
export function closeOnSignals(running: Pick<RunningApp, 'close'>, log: (message: string) => void, drainMs = 0): void {
  let closing = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (closing) process.exit(1);
    closing = true;
    log(`${signal} received, shutting down`);
    running.close({ drainMs }).then(
      () => process.exit(0),
      (error: unknown) => {
        log(`Shutdown failed: ${error instanceof Error ? error.message : String(error)}`);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
}
