/**
 * The one registry of background jobs: each name has one queue, one JSON-safe payload type (ids only,
 * never a job seeker's data) and, in the worker, exactly one handler. Job names may not contain ':'.
 */
export enum QueueName {
  SYSTEM = 'system',
  IMPORTS = 'imports',
  MATCHING = 'matching',
}

export enum JobName {
  /** A no-op round trip through the queue: proves producer, backend and worker are wired. */
  PING = 'system-ping',
  /** Runs one uploaded employer, contact or vacancy file (see libs/imports). */
  EMPLOYER_IMPORT = 'employer-import',
  /** Daily: deletes expired candidate profiles and reminds owners of profiles about to expire. */
  PROFILE_RETENTION = 'profile-retention',
  /** Scores the region's candidates for one vacancy and stores its top list. */
  MATCH_VACANCY = 'match-vacancy',
  /** Finds the open vacancies one profile may fit and re-runs their matching. */
  MATCH_PROFILE = 'match-profile',
}

export interface JobPayloads {
  [JobName.PING]: { sentAt: string };
  [JobName.EMPLOYER_IMPORT]: { importId: string };
  [JobName.PROFILE_RETENTION]: Record<string, never>;
  [JobName.MATCH_VACANCY]: { vacancyId: string };
  [JobName.MATCH_PROFILE]: { profileId: string };
}

export interface JobResults {
  [JobName.PING]: { sentAt: string; handledAt: string };
  [JobName.EMPLOYER_IMPORT]: { status: 'COMPLETED' | 'FAILED'; rowsDone: number };
  [JobName.PROFILE_RETENTION]: { deleted: number; reminded: number };
  [JobName.MATCH_VACANCY]: { candidates: number; suggestions: number };
  [JobName.MATCH_PROFILE]: { vacancies: number };
}

export const JOB_QUEUE: Readonly<Record<JobName, QueueName>> = {
  [JobName.PING]: QueueName.SYSTEM,
  [JobName.EMPLOYER_IMPORT]: QueueName.IMPORTS,
  [JobName.PROFILE_RETENTION]: QueueName.SYSTEM,
  [JobName.MATCH_VACANCY]: QueueName.MATCHING,
  [JobName.MATCH_PROFILE]: QueueName.MATCHING,
};

export const ALL_JOB_NAMES = Object.values(JobName) as JobName[];
export const ALL_QUEUE_NAMES = Object.values(QueueName) as QueueName[];
