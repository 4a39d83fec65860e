import { Injectable, OnModuleInit } from '@nestjs/common';
import { DiscoveryService, Reflector } from '@nestjs/core';
import { JOB_HANDLER_METADATA, JobHandler } from './job-handler';
import { ALL_JOB_NAMES, JobName } from './jobs';

export class MissingJobHandlerError extends Error {}

/** Finds every `@HandlesJob` provider at start-up and refuses to start when a job name has none, or two. */
@Injectable()
export class JobHandlerRegistry implements OnModuleInit {
  private readonly handlers = new Map<JobName, JobHandler<JobName>>();

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly reflector: Reflector,
  ) {}

  onModuleInit(): void {
    for (const wrapper of this.discovery.getProviders()) {
      const { instance, metatype } = wrapper;
      if (!instance || !metatype) continue;
      const name = this.reflector.get<JobName | undefined>(JOB_HANDLER_METADATA, metatype);
      if (!name) continue;
      if (this.handlers.has(name)) throw new MissingJobHandlerError(`Job ${name} has two handlers`);
      this.handlers.set(name, instance as JobHandler<JobName>);
    }
    assertEveryJobHandled(new Set(this.handlers.keys()));
  }

  get(name: string): JobHandler<JobName> {
    const handler = this.handlers.get(name as JobName);
    if (!handler) throw new MissingJobHandlerError(`No handler for job ${name}`);
    return handler;
  }
}

export function assertEveryJobHandled(handled: ReadonlySet<JobName>, names: readonly JobName[] = ALL_JOB_NAMES): void {
  const missing = names.filter((name) => !handled.has(name));
  if (missing.length > 0) {
    throw new MissingJobHandlerError(`Worker cannot start: no handler for job(s) ${missing.join(', ')}`);
  }
}
