import { SetMetadata } from '@nestjs/common';
import { JobName, JobPayloads, JobResults } from './jobs';

export const JOB_HANDLER_METADATA = 'wsp:job-handler';

/** Implemented by the one provider that handles `N`; mark the class with `@HandlesJob(N)`. */
export interface JobHandler<N extends JobName> {
  handle(payload: JobPayloads[N], context: JobContext): Promise<JobResults[N]>;
  /**
   * The queue gave the job up for good, whatever the cause (its attempts used up, stalled past the limit after
   * worker crashes, where `handle` never got to record it): record that where people look. The job is then run
   * again under a new id (see JobFailures), so its work is done in the end.
   */
  failed?(payload: JobPayloads[N], failure: JobFailure): Promise<void>;
}

export interface JobFailure {
  jobId: string;
  /** The last error, e.g. "job stalled more than allowable limit"; never a payload value. */
  reason: string;
}

export interface JobContext {
  jobId: string;
  /** 1 for the first run. */
  attempt: number;
  /** When this run fails, the job fails for good. */
  finalAttempt: boolean;
}

export const HandlesJob = (name: JobName): ClassDecorator => SetMetadata(JOB_HANDLER_METADATA, name);
