import { Inject, Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { APP_CONFIG, AppConfig, HandlesJob, JobHandler, JobName, JobQueue, JobResults } from '@wsp/platform';
import { MailRepository } from './mail.repository';

const SCHEDULER_ID = 'mail-retry';
/** Sent and refused messages are kept this long (for "did it go out?"), then deleted. */
const KEEP_FINISHED_DAYS = 30;
const BATCH = 500;

/**
 * The queue retries a message a few times within seconds; a mail server away for longer outlasts that. Every
 * retry interval this job sends again what still waits, each round under a new job id (a job id dedupes only
 * while the earlier job exists), so nothing waits forever and nothing is lost.
 */
@Injectable()
@HandlesJob(JobName.MAIL_RETRY)
export class MailRetryJob implements JobHandler<JobName.MAIL_RETRY>, OnApplicationBootstrap {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly mails: MailRepository,
    private readonly queue: JobQueue,
  ) {}

  onApplicationBootstrap(): void {
    this.queue.schedule(SCHEDULER_ID, { every: this.config.mail.retryIntervalMs }, JobName.MAIL_RETRY, {});
  }

  async handle(): Promise<JobResults[JobName.MAIL_RETRY]> {
    const waiting = await this.mails.waitingForRetry(this.config.mail.retryIntervalMs, BATCH);
    for (const mail of waiting) {
      await this.queue.enqueue(
        JobName.SEND_MAIL,
        { mailId: mail.id },
        { jobId: `send-mail-${mail.id}-r${mail.attempts}` },
      );
    }
    const purged = await this.mails.purgeFinished(KEEP_FINISHED_DAYS);
    return { retried: waiting.length, purged };
  }
}
