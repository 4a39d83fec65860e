import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A row of the append-only audit log; the database refuses UPDATE, DELETE and TRUNCATE on it. */
@Entity('audit_event')
export class AuditEventEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('timestamptz', { name: 'occurred_at' })
  occurredAt!: Date;

  @Column('uuid', { name: 'actor_user_id', nullable: true })
  actorUserId!: string | null;

  @Column('uuid', { name: 'actor_organisation_id', nullable: true })
  actorOrganisationId!: string | null;

  @Column('text')
  action!: string;

  @Column('text', { name: 'entity_type' })
  entityType!: string;

  @Column('uuid', { name: 'entity_id' })
  entityId!: string;

  @Column('uuid', { name: 'owner_organisation_id', nullable: true })
  ownerOrganisationId!: string | null;

  @Column('text')
  purpose!: string;
}
