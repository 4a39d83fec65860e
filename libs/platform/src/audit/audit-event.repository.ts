import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { ConnectionShape, PageArgs, paginate } from '../pagination/connection';
import { AuditEventEntity } from './audit-event.entity';
import { AuditEventFilter } from './audit.models';

/** The audit log's reads. */
@Injectable()
export class AuditEventRepository {
  constructor(@InjectRepository(AuditEventEntity) private readonly events: Repository<AuditEventEntity>) {}

  /** A page of what the organisation's people did and what was done to its records, newest first. */
  pageOfOrganisation(
    organisationId: string,
    filter: AuditEventFilter,
    page: PageArgs,
  ): Promise<ConnectionShape<AuditEventEntity>> {
    const query = this.events
      .createQueryBuilder('a')
      .where('(a.actor_organisation_id = :organisation OR a.owner_organisation_id = :organisation)', {
        organisation: organisationId,
      });
    if (filter.action) query.andWhere('a.action = :action', { action: filter.action });
    if (filter.entityId) query.andWhere('a.entity_id = :entityId', { entityId: filter.entityId });
    if (filter.actorUserId) query.andWhere('a.actor_user_id = :actorUserId', { actorUserId: filter.actorUserId });
    if (filter.from) query.andWhere('a.occurred_at >= :from', { from: filter.from });
    if (filter.to) query.andWhere('a.occurred_at < :to', { to: filter.to });
    return paginate(
      query,
      page,
      { column: 'occurred_at', valueOf: (event) => event.occurredAt.toISOString(), descending: true },
      this.events.metadata,
    );
  }
}
