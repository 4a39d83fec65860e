import { TargetGroup } from '@wsp/candidates';
import { Field, ID, InputType, IntersectionType, PartialType } from '@nestjs/graphql';
import { DateTimeScalar, VersionedInput } from '@wsp/platform';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsBoolean,
  IsDate,
  IsEnum,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { VisitLocationKind, VisitStatus } from './visit.models';

@InputType()
export class ParticipantInput {
  @Field(() => ID) @IsUUID() userId!: string;
  @Field({ nullable: true, description: 'Exactly one participant is the lead.' })
  @IsOptional()
  @IsBoolean()
  isLead?: boolean;
}

@InputType()
class VisitFields {
  @Field(() => DateTimeScalar) @IsDate() startsAt!: Date;
  @Field(() => DateTimeScalar) @IsDate() endsAt!: Date;

  @Field(() => VisitLocationKind, { nullable: true, description: 'Default AT_EMPLOYER (its business address).' })
  @IsOptional()
  @IsEnum(VisitLocationKind)
  locationKind?: VisitLocationKind;

  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(300) location?: string;
  @Field() @IsString() @Length(1, 300) purpose!: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(4000) agenda?: string;

  @Field(() => [ParticipantInput])
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => ParticipantInput)
  participants!: ParticipantInput[];

  @Field({ nullable: true, description: 'Plan even when a participant is already booked at that time.' })
  @IsOptional()
  @IsBoolean()
  allowOverlap?: boolean;
}

@InputType()
export class PlanVisitInput extends VisitFields {
  @Field(() => ID) @IsUUID() employerId!: string;
}

@InputType()
export class UpdateVisitInput extends IntersectionType(VersionedInput, PartialType(VisitFields)) {}

@InputType()
export class CancelVisitInput extends VersionedInput {
  @Field() @IsString() @Length(1, 1000) reason!: string;
}

@InputType()
export class VisitReportInput extends VersionedInput {
  @Field({ description: 'What was discussed; no personal details of job seekers.' })
  @IsString()
  @Length(1, 10000)
  report!: string;

  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(4000) agreements?: string;

  @Field(() => [TargetGroup], { nullable: true, description: 'Target groups the employer is interested in.' })
  @IsOptional()
  @ArrayMaxSize(10)
  @IsEnum(TargetGroup, { each: true })
  targetGroupInterest?: TargetGroup[];

  @Field({ nullable: true, description: 'ISO date.' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'nextContactOn must be a date like 2027-02-01' })
  nextContactOn?: string;

  @Field(() => [ID], { nullable: true, description: "Vacancies spotted (the employer's own vacancies)." })
  @IsOptional()
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true })
  vacancyIds?: string[];
}

@InputType()
export class VisitFilter {
  @Field(() => DateTimeScalar, { nullable: true }) @IsOptional() @IsDate() from?: Date;
  @Field(() => DateTimeScalar, { nullable: true }) @IsOptional() @IsDate() to?: Date;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() employerId?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() participantId?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() organisationId?: string;
  @Field({ nullable: true }) @IsOptional() @IsBoolean() joint?: boolean;
  @Field(() => VisitStatus, { nullable: true }) @IsOptional() @IsEnum(VisitStatus) status?: VisitStatus;
}

@InputType()
export class AddFollowUpInput {
  @Field(() => ID) @IsUUID() visitId!: string;
  @Field() @IsString() @Length(1, 300) title!: string;
  @Field(() => ID, { description: 'A participant of the visit.' }) @IsUUID() ownerId!: string;

  @Field({ nullable: true, description: 'ISO date.' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'dueOn must be a date like 2027-02-01' })
  dueOn?: string;
}
