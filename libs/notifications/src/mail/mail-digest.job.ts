import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { HandlesJob, JobHandler, JobName, JobQueue, JobResults, Transactions } from '@wsp/platform';
import { NotificationRepository } from '../notification.repository';
import { digestMail } from './mail-templates';
import { MailOutbox, SETTINGS_PATH } from './mail-outbox';

const SCHEDULER_ID = 'mail-digest-daily';

const DUTCH_DAY = new Intl.DateTimeFormat('nl-NL', {
  timeZone: 'Europe/Amsterdam',
  weekday: 'long',
  day: 'numeric',
  month: 'long',
});

/**
 * The daily digest at 07:30 Dutch time: one message per user with the notifications they chose to get that way,
 * taken and put in the mail outbox in one transaction (so a second run finds nothing left to send). Notifications
 * read in the app meanwhile are left out.
 */
@Injectable()
@HandlesJob(JobName.MAIL_DIGEST)
export class MailDigestJob implements JobHandler<JobName.MAIL_DIGEST>, OnApplicationBootstrap {
  private readonly logger = new Logger(MailDigestJob.name);

  constructor(
    private readonly transactions: Transactions,
    private readonly notifications: NotificationRepository,
    private readonly mail: MailOutbox,
    private readonly queue: JobQueue,
  ) {}

  onApplicationBootstrap(): void {
    this.queue.schedule(SCHEDULER_ID, { pattern: '0 30 7 * * *', tz: 'Europe/Amsterdam' }, JobName.MAIL_DIGEST, {});
  }

  async handle(): Promise<JobResults[JobName.MAIL_DIGEST]> {
    const digests = await this.transactions.withTransaction(async () => {
      const items = await this.notifications.takeDigestItems();
      const byUser = new Map<string, typeof items>();
      for (const item of items) byUser.set(item.userId, [...(byUser.get(item.userId) ?? []), item]);
      let sent = 0;
      for (const [userId, userItems] of byUser) {
        const recipient = await this.mail.activeRecipient(userId);
        if (!recipient) continue;
        await this.mail.enqueue({
          userId,
          recipient,
          kind: 'DIGEST',
          entityId: null,
          content: digestMail(
            recipient.displayName,
            userItems.map((item) => ({ message: item.message, url: this.mail.link(item.path ?? '/meldingen') })),
            this.mail.link(SETTINGS_PATH),
            DUTCH_DAY.format(new Date()),
          ),
        });
        sent += 1;
      }
      return sent;
    });
    this.logger.log({ digests }, 'daily digest done');
    return { digests };
  }
}
