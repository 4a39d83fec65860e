import { Injectable, Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { Test } from '@nestjs/testing';
import { HandlesJob, JobHandler } from './job-handler';
import { assertEveryJobHandled, JobHandlerRegistry, MissingJobHandlerError } from './job-handler-registry';
import { ALL_JOB_NAMES, JobName } from './jobs';
import { PingJobHandler } from './ping.job';

/** Stands in for a domain library's handler, which this library cannot import. */
function standIn(name: JobName): Function {
  @Injectable()
  @HandlesJob(name)
  class StandIn {
    async handle() {
      return {};
    }
  }
  return StandIn;
}

/** One stand-in for every job the platform does not handle itself. */
const DOMAIN_HANDLERS = ALL_JOB_NAMES.filter((name) => name !== JobName.PING).map(standIn);

describe('JobHandlerRegistry', () => {
  async function registryWith(...handlers: Function[]) {
    @Module({ imports: [DiscoveryModule], providers: [JobHandlerRegistry, ...(handlers as never[])] })
    class TestModule {}
    const moduleRef = await Test.createTestingModule({ imports: [TestModule] }).compile();
    await moduleRef.init();
    return moduleRef.get(JobHandlerRegistry);
  }

  it('dispatches each job name to its handler', async () => {
    const registry = await registryWith(PingJobHandler, ...DOMAIN_HANDLERS);
    await expect(
      registry.get(JobName.PING).handle({ sentAt: 'now' }, { jobId: '1', attempt: 1, finalAttempt: false }),
    ).resolves.toEqual({
      sentAt: 'now',
      handledAt: expect.any(String),
    });
  });

  it('refuses to start when a job name has no handler', async () => {
    await expect(registryWith(...DOMAIN_HANDLERS)).rejects.toThrow(
      `Worker cannot start: no handler for job(s) ${JobName.PING}`,
    );
    await expect(registryWith()).rejects.toThrow(`no handler for job(s) ${ALL_JOB_NAMES.join(', ')}`);
  });

  it('refuses to start when a job name has two handlers', async () => {
    @Injectable()
    @HandlesJob(JobName.PING)
    class SecondPing implements JobHandler<JobName.PING> {
      async handle() {
        return { sentAt: '', handledAt: '' };
      }
    }
    await expect(registryWith(PingJobHandler, SecondPing, ...DOMAIN_HANDLERS)).rejects.toThrow(MissingJobHandlerError);
  });

  it('names every missing job', () => {
    expect(() => assertEveryJobHandled(new Set(), ['a-job', 'b-job'] as unknown as JobName[])).toThrow(
      'no handler for job(s) a-job, b-job',
    );
  });
});
