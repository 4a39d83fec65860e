import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { NotificationKind, NotificationService } from '@wsp/notifications';
import { HandlesJob, JobHandler, JobName, JobQueue, JobResults, Transactions } from '@wsp/platform';
import { VisitRepository } from './visit.repository';

const SCHEDULER_ID = 'follow-up-reminders-daily';

/** Tomorrow in the Netherlands, as YYYY-MM-DD. */
export function dutchTomorrow(now = new Date()): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(now);
  const tomorrow = new Date(`${today}T12:00:00Z`);
  tomorrow.setUTCDate(tomorrow.getUTCDate() + 1);
  return tomorrow.toISOString().slice(0, 10);
}

/**
 * Daily at 07:00 Dutch time (before the 07:30 digest): reminds each owner of an open follow-up due tomorrow,
 * once per follow-up and due date (a second run, or a moved date and back, does not remind twice).
 */
@Injectable()
@HandlesJob(JobName.FOLLOW_UP_REMINDERS)
export class FollowUpReminderJob implements JobHandler<JobName.FOLLOW_UP_REMINDERS>, OnApplicationBootstrap {
  constructor(
    private readonly transactions: Transactions,
    private readonly visits: VisitRepository,
    private readonly notifications: NotificationService,
    private readonly queue: JobQueue,
  ) {}

  onApplicationBootstrap(): void {
    this.queue.schedule(
      SCHEDULER_ID,
      { pattern: '0 0 7 * * *', tz: 'Europe/Amsterdam' },
      JobName.FOLLOW_UP_REMINDERS,
      {},
    );
  }

  async handle(): Promise<JobResults[JobName.FOLLOW_UP_REMINDERS]> {
    const due = await this.visits.followUpsDueOn(dutchTomorrow());
    let reminded = 0;
    for (const followUp of due) {
      const added = await this.transactions.withTransaction(() =>
        this.notifications.notify({
          userId: followUp.ownerId,
          kind: NotificationKind.FOLLOW_UP_DUE,
          message: `Morgen (${followUp.dueOn}) af: "${followUp.title}", na het bezoek bij ${followUp.employerName}.`,
          entityType: 'VISIT',
          entityId: followUp.visitId,
          path: `/bezoeken/${followUp.visitId}`,
          dedupeKey: `follow-up-due-${followUp.id}-${followUp.dueOn}`,
        }),
      );
      if (added) reminded += 1;
    }
    return { reminded };
  }
}
