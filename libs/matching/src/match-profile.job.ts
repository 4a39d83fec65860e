import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  HandlesJob,
  JobContext,
  JobFailure,
  JobHandler,
  JobName,
  JobPayloads,
  JobQueue,
  JobResults,
} from '@wsp/platform';
import { DataSource } from 'typeorm';
import { vacanciesForProfile } from './matching-data';
import { MatchingRunRepository } from './matching-run.repository';
import { withMatchingRun } from './matching-runs';

/**
 * A profile changed: re-run the matching of every open vacancy it may fit or is suggested for, so each
 * vacancy's top list (with its pool balance) is decided in one place, the vacancy job.
 */
@Injectable()
@HandlesJob(JobName.MATCH_PROFILE)
export class MatchProfileJob implements JobHandler<JobName.MATCH_PROFILE> {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly runs: MatchingRunRepository,
    private readonly queue: JobQueue,
  ) {}

  handle(
    { profileId }: JobPayloads[JobName.MATCH_PROFILE],
    { jobId, finalAttempt }: JobContext,
  ): Promise<JobResults[JobName.MATCH_PROFILE]> {
    return withMatchingRun(this.runs, { jobId, kind: 'PROFILE', profileId, finalAttempt }, async () => {
      const vacancyIds = await vacanciesForProfile(this.dataSource.manager, profileId);
      // Derived from this job's id: a retry of this job adds nothing twice.
      for (const vacancyId of vacancyIds) {
        await this.queue.enqueue(JobName.MATCH_VACANCY, { vacancyId }, { jobId: `${jobId}-v-${vacancyId}` });
      }
      return { vacancies: vacancyIds.length };
    });
  }

  async failed(_payload: JobPayloads[JobName.MATCH_PROFILE], { jobId, reason }: JobFailure): Promise<void> {
    await this.runs.markFailed(jobId, reason);
  }
}
