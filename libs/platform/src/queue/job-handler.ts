import { SetMetadata } from '@nestjs/common';
import { JobName, JobPayloads, JobResults } from './jobs';

export const JOB_HANDLER_METADATA = 'wsp:job-handler';

/** Implemented by the one provider that handles `N`; mark the class with `@HandlesJob(N)`. */
export interface JobHandler<N extends JobName> {
  handle(payload: JobPayloads[N], context: JobContext): Promise<JobResults[N]>;
}

export interface JobContext {
  jobId: string;
  /** 1 for the first run. */
  attempt: number;
  /** When this run fails, the job fails for good. */
  finalAttempt: boolean;
}

export const HandlesJob = (name: JobName): ClassDecorator => SetMetadata(JOB_HANDLER_METADATA, name);
