import { Injectable, Logger } from '@nestjs/common';
import { HandlesJob, JobHandler, JobName, JobResults, Transactions } from '@wsp/platform';
import { MailMetrics } from './mail-metrics';
import { describeMailError, isAddressRefused, MailTransport } from './mail-transport';
import { MailRepository } from './mail.repository';

type Outcome = JobResults[JobName.SEND_MAIL]['outcome'];

/**
 * Sends one outbox message. The row stays locked while the server is asked, so a second run of the same message
 * (a retry, a stalled job run again, the retry sweep) waits and then finds it sent: a retry never sends twice.
 * A failed attempt is recorded and thrown, so the queue retries with backoff; a refused address is final.
 */
@Injectable()
@HandlesJob(JobName.SEND_MAIL)
export class SendMailJob implements JobHandler<JobName.SEND_MAIL> {
  private readonly logger = new Logger(SendMailJob.name);

  constructor(
    private readonly transactions: Transactions,
    private readonly mails: MailRepository,
    private readonly transport: MailTransport,
    private readonly metrics: MailMetrics,
  ) {}

  async handle({ mailId }: { mailId: string }): Promise<JobResults[JobName.SEND_MAIL]> {
    let failure: unknown;
    const outcome = await this.transactions.withTransaction(async (): Promise<Outcome | 'FAILED'> => {
      const mail = await this.mails.lockForSending(mailId);
      if (!mail) return 'GONE';
      if (mail.status !== 'QUEUED') return 'ALREADY_DONE';
      try {
        await this.transport.send({
          messageId: `<${mail.id}@wsp-crm>`,
          to: mail.recipient,
          subject: mail.subject,
          text: mail.text,
          html: mail.html,
          calendar:
            mail.calendarMethod && mail.calendar ? { method: mail.calendarMethod, content: mail.calendar } : null,
        });
      } catch (error) {
        if (isAddressRefused(error)) {
          await this.mails.markUndeliverable(mail, describeMailError(error));
          return 'UNDELIVERABLE';
        }
        await this.mails.markAttemptFailed(mail.id, describeMailError(error));
        failure = error;
        return 'FAILED';
      }
      await this.mails.markSent(mail);
      return 'SENT';
    });
    this.metrics.attempted(outcome);
    if (outcome === 'FAILED') {
      this.logger.warn({ mailId, error: describeMailError(failure) }, 'mail not sent; it will be retried');
      throw failure instanceof Error ? failure : new Error(describeMailError(failure));
    }
    if (outcome === 'UNDELIVERABLE')
      this.logger.warn({ mailId }, 'mail server refused the address; marked on the user');
    return { outcome };
  }
}
