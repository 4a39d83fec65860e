import { ParsedMail, simpleParser } from 'mailparser';
import { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

/** A message as the test server received it over SMTP, parsed with mailparser. */
export interface ReceivedMail {
  to: string[];
  messageId: string;
  subject: string;
  text: string;
  html: string;
  /** The `text/calendar` part's method parameter and content, when the message has one. */
  calendar?: { method: string; content: string };
  parsed: ParsedMail;
}

/**
 * A real SMTP server over TCP for the e2e tests: receives and parses every message, refuses listed recipients
 * with 550 at RCPT (as a server does for an unknown mailbox), and stops and starts again on the same port.
 */
export class SmtpTestServer {
  readonly received: ReceivedMail[] = [];
  readonly refused = new Set<string>();
  private server?: SMTPServer;
  private port = 0;

  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onRcptTo: (address, _session, callback) => {
        if (this.refused.has(address.address.toLowerCase())) {
          const error = Object.assign(new Error('5.1.1 Mailbox does not exist'), { responseCode: 550 });
          callback(error);
        } else callback();
      },
      onData: (stream, _session, callback) => {
        simpleParser(stream)
          .then((parsed) => {
            this.received.push(toReceived(parsed));
            callback();
          })
          .catch((error: Error) => callback(error));
      },
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.port, '127.0.0.1', () => resolve());
    });
    this.port = ((server as unknown as { server: { address(): AddressInfo } }).server.address() as AddressInfo).port;
    this.server = server;
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /** Messages to `address`, matching `predicate`. */
  to(address: string, predicate: (mail: ReceivedMail) => boolean = () => true): ReceivedMail[] {
    return this.received.filter((mail) => mail.to.includes(address.toLowerCase()) && predicate(mail));
  }

  /** Waits until `count` messages to `address` match, and returns them. */
  async waitFor(
    address: string,
    predicate: (mail: ReceivedMail) => boolean = () => true,
    count = 1,
    timeoutMs = 30_000,
  ): Promise<ReceivedMail[]> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.to(address, predicate);
      if (found.length >= count) return found;
      if (Date.now() > deadline) {
        throw new Error(`expected ${count} message(s) to ${address}, got ${found.length}: ${this.summary(address)}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  private summary(address: string): string {
    return JSON.stringify(this.to(address).map((mail) => mail.subject));
  }
}

function toReceived(parsed: ParsedMail): ReceivedMail {
  const to = (Array.isArray(parsed.to) ? parsed.to : parsed.to ? [parsed.to] : []).flatMap((group) =>
    group.value.map((address) => (address.address ?? '').toLowerCase()),
  );
  const calendarPart = parsed.attachments.find((attachment) => attachment.contentType === 'text/calendar');
  const contentType = calendarPart?.headers.get('content-type') as { params?: Record<string, string> } | undefined;
  return {
    to,
    messageId: parsed.messageId ?? '',
    subject: parsed.subject ?? '',
    text: parsed.text ?? '',
    html: typeof parsed.html === 'string' ? parsed.html : '',
    calendar: calendarPart
      ? { method: contentType?.params?.method ?? '', content: calendarPart.content.toString('utf8') }
      : undefined,
    parsed,
  };
}
