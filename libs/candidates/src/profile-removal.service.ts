import { Injectable } from '@nestjs/common';
import { NotificationService } from '@wsp/notifications';
import { JobName, Outbox } from '@wsp/platform';
import { randomUUID } from 'node:crypto';
import { CandidateProfileRepository } from './candidate-profile.repository';
import { CohortCount, DeletedProfileRow, MaxWwCohortRepository } from './max-ww-cohort.repository';
import { LeftPoolReason, monthOf, outcomeOnLeaving } from './max-ww-outcome';
import { dutchToday } from './profile-rules';

/**
 * Removing profiles (a withdrawal, the retention job): everything derived from them goes in the same transaction;
 * only the audit trail (ids, no content) and, for a Max-WW candidate, an anonymous count of the cohort's outcome
 * stay.
 */
@Injectable()
export class ProfileRemovalService {
  constructor(
    private readonly outbox: Outbox,
    private readonly repository: CandidateProfileRepository,
    private readonly cohorts: MaxWwCohortRepository,
    private readonly notifications: NotificationService,
  ) {}

  /**
   * Deletes the profiles. Suggestions and interest reference them with ON DELETE CASCADE; notifications carry only
   * their ids and are removed here; the open vacancies whose top lists lose them are matched again.
   */
  async deleteWithDerived(ids: readonly string[], reason: LeftPoolReason): Promise<void> {
    const refill = await this.repository.openVacanciesSuggesting(ids);
    const deleted = await this.cohorts.deleteProfiles(ids);
    await this.cohorts.addCounts(cohortCounts(deleted, dutchToday(), reason));
    await this.notifications.forgetEntities(ids);
    const cause = randomUUID();
    for (const vacancyId of refill) {
      await this.outbox.record(
        JobName.MATCH_VACANCY,
        { vacancyId },
        `${JobName.MATCH_VACANCY}-${vacancyId}-refill-${cause}`,
      );
    }
  }
}

/** What deleted Max-WW candidates leave of themselves: one count per cohort and outcome. */
function cohortCounts(deleted: readonly DeletedProfileRow[], today: string, reason: LeftPoolReason): CohortCount[] {
  return deleted.flatMap((row) => {
    if (row.max_ww_since === null) return [];
    const facts = {
      status: row.status,
      maxWwSince: row.max_ww_since,
      wwEndMonth: row.ww_end_month,
      workStartedOn: row.work_started_on,
    };
    return [
      {
        ...outcomeOnLeaving(facts, today, reason),
        regionCode: row.region_code,
        ownerOrganisationId: row.owner_organisation_id,
        pool: row.pool,
        entryMonth: monthOf(row.max_ww_since),
        wwEndMonth: row.ww_end_month,
        count: 1,
      },
    ];
  });
}
