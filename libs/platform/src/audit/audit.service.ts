import { Injectable } from '@nestjs/common';
import { Actor } from '../auth/actor';
import { ConnectionShape, PageArgs } from '../pagination/connection';
import { AuditEventEntity } from './audit-event.entity';
import { AuditEventRepository } from './audit-event.repository';
import { AuditEventFilter } from './audit.models';

/** Reading the audit log: an organisation's admin sees what its own people did and what was done to its records. */
@Injectable()
export class AuditService {
  constructor(private readonly events: AuditEventRepository) {}

  list(actor: Actor, filter: AuditEventFilter, page: PageArgs): Promise<ConnectionShape<AuditEventEntity>> {
    return this.events.pageOfOrganisation(actor.organisationId, filter, page);
  }
}
