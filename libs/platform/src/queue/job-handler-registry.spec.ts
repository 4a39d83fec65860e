import { Injectable, Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { Test } from '@nestjs/testing';
import { HandlesJob, JobHandler } from './job-handler';
import { assertEveryJobHandled, JobHandlerRegistry, MissingJobHandlerError } from './job-handler-registry';
import { JobName } from './jobs';
import { PingJobHandler } from './ping.job';

// Stand in for the handlers of libs/imports and libs/candidates, which this library cannot import.
@Injectable()
@HandlesJob(JobName.EMPLOYER_IMPORT)
class ImportHandlerStandIn implements JobHandler<JobName.EMPLOYER_IMPORT> {
  async handle() {
    return { status: 'COMPLETED' as const, rowsDone: 0 };
  }
}

@Injectable()
@HandlesJob(JobName.PROFILE_RETENTION)
class RetentionHandlerStandIn implements JobHandler<JobName.PROFILE_RETENTION> {
  async handle() {
    return { deleted: 0, reminded: 0 };
  }
}

describe('JobHandlerRegistry', () => {
  async function registryWith(...handlers: Function[]) {
    @Module({ imports: [DiscoveryModule], providers: [JobHandlerRegistry, ...(handlers as never[])] })
    class TestModule {}
    const moduleRef = await Test.createTestingModule({ imports: [TestModule] }).compile();
    await moduleRef.init();
    return moduleRef.get(JobHandlerRegistry);
  }

  it('dispatches each job name to its handler', async () => {
    const registry = await registryWith(PingJobHandler, ImportHandlerStandIn, RetentionHandlerStandIn);
    await expect(registry.get(JobName.PING).handle({ sentAt: 'now' }, { jobId: '1', attempt: 1 })).resolves.toEqual({
      sentAt: 'now',
      handledAt: expect.any(String),
    });
  });

  it('refuses to start when a job name has no handler', async () => {
    await expect(registryWith(ImportHandlerStandIn, RetentionHandlerStandIn)).rejects.toThrow(
      `Worker cannot start: no handler for job(s) ${JobName.PING}`,
    );
    await expect(registryWith()).rejects.toThrow(
      `no handler for job(s) ${JobName.PING}, ${JobName.EMPLOYER_IMPORT}, ${JobName.PROFILE_RETENTION}`,
    );
  });

  it('refuses to start when a job name has two handlers', async () => {
    @Injectable()
    @HandlesJob(JobName.PING)
    class SecondPing implements JobHandler<JobName.PING> {
      async handle() {
        return { sentAt: '', handledAt: '' };
      }
    }
    await expect(registryWith(PingJobHandler, SecondPing, ImportHandlerStandIn)).rejects.toThrow(
      MissingJobHandlerError,
    );
  });

  it('names every missing job', () => {
    expect(() => assertEveryJobHandled(new Set(), ['a-job', 'b-job'] as unknown as JobName[])).toThrow(
      'no handler for job(s) a-job, b-job',
    );
  });
});
