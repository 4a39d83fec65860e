import { Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { simpleParser } from 'mailparser';
import { randomUUID } from 'node:crypto';
import { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { DevMailboxMessage } from '../notification.models';

/** The sink keeps this many of the newest messages. */
const KEPT = 200;

/**
 * A mail server for development, started with the app when no SMTP_URL is set (never in production): it accepts
 * every message on a local port and keeps the newest in memory for the development mailbox page.
 */
@Injectable()
export class DevMailSink implements OnApplicationShutdown {
  private readonly logger = new Logger(DevMailSink.name);
  private server?: SMTPServer;
  private readonly received: DevMailboxMessage[] = [];

  /** The sink's SMTP URL; starts it on first use. */
  async start(): Promise<string> {
    if (!this.server) {
      this.server = new SMTPServer({
        authOptional: true,
        disabledCommands: ['STARTTLS'],
        banner: 'wsp-crm development mail sink',
        logger: false,
        onData: (stream, _session, callback) => {
          simpleParser(stream)
            .then((parsed) => {
              this.keep(parsed);
              callback();
            })
            .catch((error: Error) => callback(error));
        },
      });
      const server = this.server;
      await new Promise<void>((resolve, reject) => {
        server.once('error', reject);
        server.listen(0, '127.0.0.1', () => resolve());
      });
      this.logger.log({ port: this.port }, 'development mail sink listening: messages show on /ontwikkeling/mailbox');
    }
    return `smtp://127.0.0.1:${this.port}`;
  }

  get running(): boolean {
    return this.server !== undefined;
  }

  /** Newest first. */
  messages(): DevMailboxMessage[] {
    return [...this.received].reverse();
  }

  async onApplicationShutdown(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  private get port(): number {
    return ((this.server as unknown as { server: { address(): AddressInfo } }).server.address() as AddressInfo).port;
  }

  private keep(parsed: Awaited<ReturnType<typeof simpleParser>>): void {
    const addresses = (value: typeof parsed.to): string[] =>
      (Array.isArray(value) ? value : value ? [value] : []).flatMap((a) => a.value.map((v) => v.address ?? ''));
    const calendar = parsed.attachments.find((a) => a.contentType === 'text/calendar');
    const method =
      (calendar?.headers.get('content-type') as { params?: { method?: string } } | undefined)?.params?.method ??
      /^METHOD:(\w+)/m.exec(calendar?.content.toString('utf8') ?? '')?.[1] ??
      null;
    this.received.push({
      id: randomUUID(),
      receivedAt: new Date(),
      from: parsed.from?.text ?? '',
      to: addresses(parsed.to),
      subject: parsed.subject ?? '',
      text: parsed.text ?? '',
      calendarMethod: method ? method.toUpperCase() : null,
    });
    if (this.received.length > KEPT) this.received.splice(0, this.received.length - KEPT);
  }
}
