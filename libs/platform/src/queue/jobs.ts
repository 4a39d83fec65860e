/**
 * The one registry of background jobs: each name has one queue, one JSON-safe payload type (ids only,
 * never a job seeker's data) and, in the worker, exactly one handler. Job names may not contain ':'.
 */
export enum QueueName {
  SYSTEM = 'system',
  IMPORTS = 'imports',
  MATCHING = 'matching',
  /** Its own queue, so that a slow or absent mail server never holds up matching or imports. */
  MAIL = 'mail',
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
  /** Sends one message of the mail outbox (idempotent: a message already sent is not sent again). */
  SEND_MAIL = 'send-mail',
  /** Daily at 07:30 Dutch time: one message per user with the notifications they asked to get as a digest. */
  MAIL_DIGEST = 'mail-digest',
  /** Every retry interval: messages still waiting after the queue's own retries (a mail server away) go again. */
  MAIL_RETRY = 'mail-retry',
  /** Daily at 07:00 Dutch time: reminds the owners of open follow-ups due tomorrow. */
  FOLLOW_UP_REMINDERS = 'follow-up-reminders',
  /** Daily: idempotency keys older than their 24 hours are deleted. */
  PURGE_IDEMPOTENCY_KEYS = 'purge-idempotency-keys',
  /** Every minute: matching runs left unfinished by a job that no longer runs are failed and run again. */
  SWEEP_MATCHING_RUNS = 'sweep-matching-runs',
  /** Daily at 07:00 Dutch time: tells job coaches of their Max-WW candidates whose WW ends within two months. */
  MAX_WW_WARNINGS = 'max-ww-warnings',
}

export interface JobPayloads {
  [JobName.PING]: { sentAt: string };
  [JobName.EMPLOYER_IMPORT]: { importId: string };
  [JobName.PROFILE_RETENTION]: Record<string, never>;
  [JobName.MATCH_VACANCY]: { vacancyId: string };
  [JobName.MATCH_PROFILE]: { profileId: string };
  [JobName.SEND_MAIL]: { mailId: string };
  [JobName.MAIL_DIGEST]: Record<string, never>;
  [JobName.MAIL_RETRY]: Record<string, never>;
  [JobName.FOLLOW_UP_REMINDERS]: Record<string, never>;
  [JobName.PURGE_IDEMPOTENCY_KEYS]: Record<string, never>;
  [JobName.SWEEP_MATCHING_RUNS]: Record<string, never>;
  [JobName.MAX_WW_WARNINGS]: Record<string, never>;
}

export interface JobResults {
  [JobName.PING]: { sentAt: string; handledAt: string };
  [JobName.EMPLOYER_IMPORT]: { status: 'COMPLETED' | 'FAILED'; rowsDone: number };
  [JobName.PROFILE_RETENTION]: { deleted: number; reminded: number };
  [JobName.MATCH_VACANCY]: { candidates: number; suggestions: number };
  [JobName.MATCH_PROFILE]: { vacancies: number };
  [JobName.SEND_MAIL]: { outcome: 'SENT' | 'ALREADY_DONE' | 'UNDELIVERABLE' | 'GONE' };
  [JobName.MAIL_DIGEST]: { digests: number };
  [JobName.MAIL_RETRY]: { retried: number; purged: number };
  [JobName.FOLLOW_UP_REMINDERS]: { reminded: number };
  [JobName.PURGE_IDEMPOTENCY_KEYS]: { purged: number };
  [JobName.SWEEP_MATCHING_RUNS]: { repaired: number; waiting: number };
  [JobName.MAX_WW_WARNINGS]: { warned: number };
}

export const JOB_QUEUE: Readonly<Record<JobName, QueueName>> = {
  [JobName.PING]: QueueName.SYSTEM,
  [JobName.EMPLOYER_IMPORT]: QueueName.IMPORTS,
  [JobName.PROFILE_RETENTION]: QueueName.SYSTEM,
  [JobName.MATCH_VACANCY]: QueueName.MATCHING,
  [JobName.MATCH_PROFILE]: QueueName.MATCHING,
  [JobName.SEND_MAIL]: QueueName.MAIL,
  [JobName.MAIL_DIGEST]: QueueName.MAIL,
  [JobName.MAIL_RETRY]: QueueName.MAIL,
  [JobName.FOLLOW_UP_REMINDERS]: QueueName.SYSTEM,
  [JobName.PURGE_IDEMPOTENCY_KEYS]: QueueName.SYSTEM,
  [JobName.SWEEP_MATCHING_RUNS]: QueueName.SYSTEM,
  [JobName.MAX_WW_WARNINGS]: QueueName.SYSTEM,
};

export const ALL_JOB_NAMES = Object.values(JobName) as JobName[];
export const ALL_QUEUE_NAMES = Object.values(QueueName) as QueueName[];
