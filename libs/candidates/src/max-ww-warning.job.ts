import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { NotificationKind, NotificationService } from '@wsp/notifications';
import { AuditEntityType, HandlesJob, JobHandler, JobName, JobQueue, JobResults, Transactions } from '@wsp/platform';
import { MaxWwCohortRepository } from './max-ww-cohort.repository';
import { wwEndWithin } from './max-ww-outcome';
import { dutchToday } from './profile-rules';

const SCHEDULER_ID = 'max-ww-warnings-daily';
/** The owning job coach hears this many months before the WW ends. */
export const MAX_WW_WARNING_MONTHS = 2;

const MONTH_IN_DUTCH = new Intl.DateTimeFormat('nl-NL', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/**
 * Daily at 07:00 Dutch time: tells the owning job coach of each Max-WW candidate without work whose WW ends
 * within two months, once per candidate and WW end month (a profile that enters the window late is told at
 * once). The message names the profile's public code only.
 */
@Injectable()
@HandlesJob(JobName.MAX_WW_WARNINGS)
export class MaxWwWarningJob implements JobHandler<JobName.MAX_WW_WARNINGS>, OnApplicationBootstrap {
  constructor(
    private readonly transactions: Transactions,
    private readonly cohorts: MaxWwCohortRepository,
    private readonly notifications: NotificationService,
    private readonly queue: JobQueue,
  ) {}

  onApplicationBootstrap(): void {
    this.queue.schedule(SCHEDULER_ID, { pattern: '0 0 7 * * *', tz: 'Europe/Amsterdam' }, JobName.MAX_WW_WARNINGS, {});
  }

  async handle(): Promise<JobResults[JobName.MAX_WW_WARNINGS]> {
    const today = dutchToday();
    const ending = await this.cohorts.wwEndingBy(today, wwEndWithin(today, MAX_WW_WARNING_MONTHS));
    let warned = 0;
    for (const profile of ending) {
      const month = MONTH_IN_DUTCH.format(new Date(`${profile.ww_end_month}T00:00:00Z`));
      const added = await this.transactions.withTransaction(() =>
        this.notifications.notify({
          userId: profile.coach_id,
          kind: NotificationKind.MAX_WW_ENDING,
          message: `De WW van kandidaat ${profile.public_code} eindigt in ${month}, en er is nog geen werk. Kijk samen wat er nog kan.`,
          entityType: AuditEntityType.CANDIDATE_PROFILE,
          entityId: profile.id,
          path: `/kandidaten/${profile.id}`,
          dedupeKey: `max-ww-ending-${profile.id}-${profile.ww_end_month}`,
        }),
      );
      if (added) warned += 1;
    }
    return { warned };
  }
}
