import { DateTimeScalar } from '../graphql/date-time.scalar';
import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { IsDate, IsEnum, IsOptional, IsUUID } from 'class-validator';
import { Connection } from '../pagination/connection';
import { AuditAction, AuditEntityType } from './audit-log';

@ObjectType({ description: 'One entry of the append-only audit log.' })
export class AuditEvent {
  @Field(() => ID)
  id!: string;

  @Field(() => DateTimeScalar)
  occurredAt!: Date;

  @Field(() => ID, { nullable: true, description: 'Empty when the system acted (retention).' })
  actorUserId!: string | null;

  @Field(() => ID, { nullable: true })
  actorOrganisationId!: string | null;

  @Field(() => AuditAction)
  action!: AuditAction;

  @Field(() => AuditEntityType)
  entityType!: AuditEntityType;

  @Field(() => ID)
  entityId!: string;

  @Field(() => ID, { nullable: true })
  ownerOrganisationId!: string | null;

  @Field()
  purpose!: string;
}

export const AuditEventConnection = Connection(AuditEvent);

@InputType()
export class AuditEventFilter {
  @Field(() => AuditAction, { nullable: true })
  @IsOptional()
  @IsEnum(AuditAction)
  action?: AuditAction;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  entityId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  actorUserId?: string;

  @Field(() => DateTimeScalar, { nullable: true })
  @IsOptional()
  @IsDate()
  from?: Date;

  @Field(() => DateTimeScalar, { nullable: true })
  @IsOptional()
  @IsDate()
  to?: Date;
}
