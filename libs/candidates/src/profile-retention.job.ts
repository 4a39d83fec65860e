import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { NotificationKind, NotificationService } from '@wsp/notifications';
import {
  AuditAction,
  AuditEntityType,
  AuditTrail,
  HandlesJob,
  JobHandler,
  JobName,
  JobQueue,
  JobResults,
  Transactions,
} from '@wsp/platform';
import { ProfileRemovalService } from './profile-removal.service';
import { LeftPoolReason } from './max-ww-outcome';
import { ProfileRetentionRepository } from './profile-retention.repository';
import { dutchToday, EXPIRY_REMINDER_DAYS } from './profile-rules';

/** Expired profiles are deleted in batches of this size, each batch in its own transaction. */
const BATCH = 500;
const SCHEDULER_ID = 'profile-retention-daily';

/**
 * Retention of candidate profiles, daily at 02:30 Dutch time: expired profiles are hard-deleted with what
 * derives from them (audited as the system's act), and owners are reminded 14 days before expiry, once per
 * expiry date (a renewed profile is reminded again before its new date).
 */
@Injectable()
@HandlesJob(JobName.PROFILE_RETENTION)
export class ProfileRetentionJob implements JobHandler<JobName.PROFILE_RETENTION>, OnApplicationBootstrap {
  private readonly logger = new Logger(ProfileRetentionJob.name);

  constructor(
    private readonly transactions: Transactions,
    private readonly audit: AuditTrail,
    private readonly removal: ProfileRemovalService,
    private readonly notifications: NotificationService,
    private readonly queue: JobQueue,
    private readonly retention: ProfileRetentionRepository,
  ) {}

  /** Upserting the schedule is idempotent, so every replica may do it at start. */
  onApplicationBootstrap(): void {
    this.queue.schedule(
      SCHEDULER_ID,
      { pattern: '0 30 2 * * *', tz: 'Europe/Amsterdam' },
      JobName.PROFILE_RETENTION,
      {},
    );
  }

  async handle(): Promise<JobResults[JobName.PROFILE_RETENTION]> {
    const today = dutchToday();
    let deleted = 0;
    for (;;) {
      const removed = await this.transactions.withTransaction(async () => {
        const expired = await this.retention.lockExpired(today, BATCH);
        await this.removal.deleteWithDerived(
          expired.map((profile) => profile.id),
          LeftPoolReason.PROFILE_EXPIRED,
        );
        for (const profile of expired) {
          await this.audit.record(undefined, {
            action: AuditAction.EXPIRE,
            entityType: AuditEntityType.CANDIDATE_PROFILE,
            entityId: profile.id,
            ownerOrganisationId: profile.owner_organisation_id,
            purpose: 'bewaartermijn verlopen',
          });
          // After the deletion, which removed what pointed at the profile: this one points at nothing.
          await this.notifications.notify({
            userId: profile.coach_id,
            kind: NotificationKind.PROFILE_REMOVED,
            message: `Profiel ${profile.public_code} is verwijderd: de bewaartermijn was verlopen.`,
            path: '/kandidaten',
            dedupeKey: `profile-removed-${profile.id}`,
          });
        }
        return expired.length;
      });
      deleted += removed;
      if (removed < BATCH) break;
    }

    const reminded = await this.transactions.withTransaction(async () => {
      const expiring = await this.retention.takeRemindersDue(today, EXPIRY_REMINDER_DAYS);
      for (const profile of expiring) {
        await this.notifications.notify({
          userId: profile.coach_id,
          kind: NotificationKind.PROFILE_EXPIRING,
          message: `Profiel ${profile.public_code} verloopt op ${profile.expires_on}: verleng het of laat het vervallen.`,
          entityType: AuditEntityType.CANDIDATE_PROFILE,
          entityId: profile.id,
          dedupeKey: `profile-expiring-${profile.id}-${profile.expires_on}`,
          path: `/kandidaten/${profile.id}`,
        });
      }
      return expiring.length;
    });
    this.logger.log({ deleted, reminded }, 'profile retention done');
    return { deleted, reminded };
  }
}
