import { Args, Query, Resolver } from '@nestjs/graphql';
import { Actor, Role } from '../auth/actor';
import { CurrentActor } from '../auth/current-actor.decorator';
import { Allow } from '../auth/permissions.decorator';
import { ConnectionShape, PageArgs } from '../pagination/connection';
import { AuditEvent, AuditEventConnection, AuditEventFilter } from './audit.models';
import { AuditService } from './audit.service';

@Resolver(() => AuditEvent)
export class AuditResolver {
  constructor(private readonly audit: AuditService) {}

  @Query(() => AuditEventConnection, {
    description: "Audit events of your organisation's users and of your organisation's records, newest first.",
  })
  @Allow(Role.ADMIN)
  auditEvents(
    @CurrentActor() actor: Actor,
    @Args() page: PageArgs,
    @Args('filter', { nullable: true, type: () => AuditEventFilter }) filter?: AuditEventFilter,
  ): Promise<ConnectionShape<AuditEvent>> {
    return this.audit.list(actor, filter ?? {}, page) as Promise<ConnectionShape<AuditEvent>>;
  }
}
