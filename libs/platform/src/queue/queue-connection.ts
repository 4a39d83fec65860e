import { createPostgresBackend, setDefaultBackendFactory, type QueueBaseOptions } from 'bullmq';
import type { AppConfig } from '../config/app-config';

export const POSTGRES_QUEUE_SCHEMA = 'bullmq';

/**
 * Chooses BullMQ's backend for this process: Redis when REDIS_URL is set, else PostgreSQL in the app's own
 * database (schema `bullmq`, migrated on connect). @nestjs/bullmq builds queues without a backend factory,
 * so the PostgreSQL one is installed as the process default before any queue is created.
 */
export function queueConnection(config: AppConfig, databaseUrl: string): QueueBaseOptions['connection'] {
  if (config.queue.backend === 'redis') {
    setDefaultBackendFactory(undefined);
    const url = new URL(config.queue.url);
    return {
      host: url.hostname,
      port: Number(url.port || 6379),
      username: url.username ? decodeURIComponent(url.username) : undefined,
      password: url.password ? decodeURIComponent(url.password) : undefined,
      db: url.pathname.length > 1 ? Number(url.pathname.slice(1)) : 0,
      tls: url.protocol === 'rediss:' ? {} : undefined,
      maxRetriesPerRequest: null,
      connectTimeout: config.database.connectTimeoutMs,
      // Back within a few seconds of Redis (BullMQ's default waits up to 20 s between attempts).
      retryStrategy: (attempt: number) => Math.min(250 * attempt, 2000),
    };
  }
  setDefaultBackendFactory(createPostgresBackend as never);
  const postgres = {
    connectionString: databaseUrl,
    schema: POSTGRES_QUEUE_SCHEMA,
    migrate: true,
    max: 4,
    connectionTimeoutMillis: config.database.connectTimeoutMs,
    application_name: 'wsp-crm-queue',
  };
  // The queue classes type `connection` as Redis options; the PostgreSQL backend reads its own shape.
  return postgres as unknown as QueueBaseOptions['connection'];
}

/** A producer's command (adding a job) that Redis has not answered in this time fails: the link is silent. */
const PRODUCER_COMMAND_TIMEOUT_MS = 500;

/**
 * The producers' connection. On Redis it fails fast: a command waits for at most one reconnection and at most the
 * command timeout (a silent link fails within it), so adding a job while Redis is away fails (the outbox keeps it
 * for a later relay round; a request that needs the queue answers SERVICE_UNAVAILABLE) instead of waiting until
 * Redis is back, and so does closing the queue at shutdown. (Without an offline queue, a queue closed while Redis
 * is away would keep reconnecting.) Workers keep waiting: BullMQ requires it.
 */
export function producerConnection(config: AppConfig, databaseUrl: string): QueueBaseOptions['connection'] {
  const connection = queueConnection(config, databaseUrl);
  return config.queue.backend === 'redis'
    ? { ...connection, maxRetriesPerRequest: 1, commandTimeout: PRODUCER_COMMAND_TIMEOUT_MS }
    : connection;
}
