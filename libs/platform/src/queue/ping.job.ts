import { Injectable } from '@nestjs/common';
import { HandlesJob, JobHandler } from './job-handler';
import { JobName, JobPayloads, JobResults } from './jobs';

@Injectable()
@HandlesJob(JobName.PING)
export class PingJobHandler implements JobHandler<JobName.PING> {
  async handle(payload: JobPayloads[JobName.PING]): Promise<JobResults[JobName.PING]> {
    return { sentAt: payload.sentAt, handledAt: new Date().toISOString() };
  }
}
