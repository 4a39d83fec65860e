import { Injectable, OnModuleInit } from '@nestjs/common';
import { AppMetrics } from '@wsp/platform';
import { Counter, Gauge } from 'prom-client';
import { MailRepository } from './mail.repository';

/**
 * Mail in Prometheus: the outbox by status and the age of its oldest waiting message (read from the database when
 * scraped, so every replica reports the same), and this process's send attempts by outcome.
 */
@Injectable()
export class MailMetrics implements OnModuleInit {
  private readonly attempts: Counter<'outcome'>;

  constructor(
    private readonly metrics: AppMetrics,
    private readonly mails: MailRepository,
  ) {
    this.attempts = new Counter({
      name: 'wsp_mail_send_attempts_total',
      help: 'Attempts to send an outbox message by outcome: SENT, FAILED (retried), UNDELIVERABLE, ALREADY_DONE, GONE',
      labelNames: ['outcome'] as const,
      registers: [metrics.registry],
    });
  }

  onModuleInit(): void {
    const mails = this.mails;
    let counts: ReturnType<MailRepository['counts']> | undefined;
    // Both gauges are filled from one read per scrape.
    const read = () => (counts ??= mails.counts().finally(() => setImmediate(() => (counts = undefined))));
    new Gauge({
      name: 'wsp_mail_messages',
      help: 'Messages in the mail outbox by status: queued (waiting), sent, undeliverable (kept 30 days)',
      labelNames: ['status'] as const,
      registers: [this.metrics.registry],
      async collect() {
        const { queued, sent, undeliverable } = await read();
        this.set({ status: 'queued' }, queued);
        this.set({ status: 'sent' }, sent);
        this.set({ status: 'undeliverable' }, undeliverable);
      },
    });
    new Gauge({
      name: 'wsp_mail_oldest_queued_seconds',
      help: 'How long the oldest waiting message has waited (0: none waits)',
      registers: [this.metrics.registry],
      async collect() {
        this.set((await read()).oldestQueuedSeconds);
      },
    });
  }

  attempted(outcome: string): void {
    this.attempts.inc({ outcome });
  }
}
