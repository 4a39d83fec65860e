import { Logger } from '@nestjs/common';
import { AppConfig } from '@wsp/platform';
import Redis from 'ioredis';
import { Client } from 'pg';
import { DataSource } from 'typeorm';

/** What crosses between replicas: ids only; each replica reads the notification itself. */
export interface NotificationEvent {
  userId: string;
  notificationId: string;
}

type Listener = (event: NotificationEvent) => void;

const CHANNEL = 'wsp_notification_added';
const RECONNECT_MS = [250, 500, 1000, 2000, 5000];

/**
 * Tells every replica that a notification was added, so that the one holding its user's WebSocket pushes it.
 * Best effort: an event lost while a link is down is not replayed; the bell reads the count on reconnect.
 */
export abstract class NotificationBus {
  abstract publish(event: NotificationEvent): Promise<void>;
  /** Starts hearing events from every replica (once; the first call connects). */
  abstract listen(listener: Listener): Promise<void>;
  abstract close(): Promise<void>;
}

function parse(payload: string | undefined): NotificationEvent | undefined {
  try {
    const event = JSON.parse(payload ?? '') as Partial<NotificationEvent>;
    return typeof event.userId === 'string' && typeof event.notificationId === 'string'
      ? { userId: event.userId, notificationId: event.notificationId }
      : undefined;
  } catch {
    return undefined;
  }
}

/** PostgreSQL `LISTEN/NOTIFY`: the default, nothing more to run. One dedicated connection listens. */
export class PostgresNotificationBus extends NotificationBus {
  private readonly logger = new Logger(PostgresNotificationBus.name);
  private client?: Client;
  private listener?: Listener;
  private closed = false;
  private failures = 0;

  constructor(
    private readonly dataSource: DataSource,
    private readonly databaseUrl: string,
    private readonly connectTimeoutMs: number,
  ) {
    super();
  }

  async publish(event: NotificationEvent): Promise<void> {
    await this.dataSource.query('SELECT pg_notify($1, $2)', [CHANNEL, JSON.stringify(event)]);
  }

  async listen(listener: Listener): Promise<void> {
    if (this.listener) return;
    this.listener = listener;
    await this.connect();
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.client?.end().catch(() => undefined);
  }

  private async connect(): Promise<void> {
    if (this.closed) return;
    const client = new Client({
      connectionString: this.databaseUrl,
      connectionTimeoutMillis: this.connectTimeoutMs,
      application_name: 'wsp-crm-live',
      keepAlive: true,
    });
    client.on('notification', (message) => {
      const event = parse(message.payload);
      if (event) this.listener?.(event);
    });
    client.on('error', (error) => {
      this.logger.warn({ error: error.message }, 'live notification listener lost its connection; reconnecting');
      void client.end().catch(() => undefined);
      if (this.client === client) this.reconnectLater();
    });
    this.client = client;
    try {
      await client.connect();
      await client.query(`LISTEN ${CHANNEL}`);
      this.failures = 0;
    } catch (error) {
      this.logger.warn({ error: (error as Error).message }, 'live notification listener cannot connect; retrying');
      void client.end().catch(() => undefined);
      this.reconnectLater();
    }
  }

  private reconnectLater(): void {
    if (this.closed) return;
    const delay = RECONNECT_MS[Math.min(this.failures++, RECONNECT_MS.length - 1)];
    setTimeout(() => void this.connect(), delay).unref();
  }
}

/** Redis pub/sub, when REDIS_URL is set: a publisher that fails fast and a subscriber that resubscribes itself. */
export class RedisNotificationBus extends NotificationBus {
  private readonly logger = new Logger(RedisNotificationBus.name);
  private readonly publisher: Redis;
  private subscriber?: Redis;

  constructor(
    private readonly url: string,
    private readonly connectTimeoutMs: number,
  ) {
    super();
    this.publisher = this.client(true);
  }

  async publish(event: NotificationEvent): Promise<void> {
    await this.publisher.publish(CHANNEL, JSON.stringify(event));
  }

  async listen(listener: Listener): Promise<void> {
    if (this.subscriber) return;
    const subscriber = this.client(false);
    this.subscriber = subscriber;
    subscriber.on('message', (_channel: string, payload: string) => {
      const event = parse(payload);
      if (event) listener(event);
    });
    // ioredis subscribes again after a reconnection (autoResubscribe).
    await subscriber.subscribe(CHANNEL).catch((error: Error) => {
      this.logger.warn(
        { error: error.message },
        'live notification subscriber cannot subscribe yet; it will on connect',
      );
    });
  }

  async close(): Promise<void> {
    this.publisher.disconnect();
    this.subscriber?.disconnect();
  }

  /**
   * The publisher connects on its first event and fails fast (a live event is worth nothing late, and nothing may
   * wait on Redis for it); the subscriber connects when the first socket subscribes.
   */
  private client(lazy: boolean): Redis {
    const client = new Redis(this.url, {
      connectTimeout: this.connectTimeoutMs,
      maxRetriesPerRequest: 1,
      commandTimeout: 2000,
      lazyConnect: lazy,
      retryStrategy: (attempt) => Math.min(attempt * 250, 2000),
    });
    let reported = false;
    client.on('error', (error: Error) => {
      if (!reported) this.logger.warn({ error: error.message }, 'live notification Redis link down; reconnecting');
      reported = true;
    });
    client.on('ready', () => (reported = false));
    return client;
  }
}

export function createNotificationBus(config: AppConfig, dataSource: DataSource, databaseUrl: string): NotificationBus {
  return config.queue.backend === 'redis'
    ? new RedisNotificationBus(config.queue.url, config.database.connectTimeoutMs)
    : new PostgresNotificationBus(dataSource, databaseUrl, config.database.connectTimeoutMs);
}
