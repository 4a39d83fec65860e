import { Inject, Injectable, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@wsp/platform';
import { createTransport, Transporter } from 'nodemailer';
import { DevMailSink } from './dev-mail-sink';
import { CalendarMethod } from './mail.repository';

export interface OutgoingMail {
  /** Stable per outbox row, so that a receiver can tell a re-sent message (after a crash mid-send) from a new one. */
  messageId: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  calendar: { method: CalendarMethod; content: string } | null;
}

/** SMTP through nodemailer: to SMTP_URL, or to the development sink when it is unset (never in production). */
@Injectable()
export class MailTransport implements OnModuleInit, OnApplicationShutdown {
  private transporter?: Promise<Transporter>;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly sink: DevMailSink,
  ) {}

  /** Without SMTP_URL the sink starts with the app, so the development mailbox works from the first moment. */
  async onModuleInit(): Promise<void> {
    if (!this.config.mail.smtpUrl) await this.sink.start();
  }

  async send(mail: OutgoingMail): Promise<void> {
    const transporter = await (this.transporter ??= this.connect());
    await transporter.sendMail({
      from: this.config.mail.from,
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
      messageId: mail.messageId,
      // An alternative part `text/calendar; method=...`: what Outlook, Google and Apple calendars act on.
      icalEvent: mail.calendar ? { method: mail.calendar.method, content: mail.calendar.content } : undefined,
    });
  }

  onApplicationShutdown(): void {
    void this.transporter?.then((transporter) => transporter.close());
  }

  private async connect(): Promise<Transporter> {
    const url = this.config.mail.smtpUrl ?? (await this.sink.start());
    // Timeouts well under the queue's lock: a mail server that stops answering fails the attempt, which is retried.
    return createTransport({ url, connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 20_000 });
  }
}

/** The mail server refused the recipient for good (5xx at RCPT): retrying cannot help; the address is wrong. */
export function isAddressRefused(error: unknown): boolean {
  const { code, responseCode } = (error ?? {}) as { code?: string; responseCode?: number };
  return code === 'EENVELOPE' && typeof responseCode === 'number' && responseCode >= 500 && responseCode < 600;
}

/** The server's answer or the connection's error, for the outbox row and the log (never the message itself). */
export function describeMailError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const { code, response } = error as Error & { code?: string; response?: string };
  return [code, response ?? error.message].filter(Boolean).join(': ');
}
