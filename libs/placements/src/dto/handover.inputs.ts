import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { VersionedInput } from '@wsp/platform';
import {
  Equals,
  IsBoolean,
  IsEnum,
  IsISO8601,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { ProposalStatus } from '../proposal-lifecycle';

@InputType()
export class ExpressInterestInput {
  @Field(() => ID) @IsUUID() vacancyId!: string;
  @Field(() => ID) @IsUUID() profileId!: string;

  @Field({ nullable: true, description: 'What the employer looks for; no personal details.' })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  note?: string;
}

@InputType()
export class DeclineInterestInput {
  @Field(() => ID) @IsUUID() interestId!: string;

  @Field({ description: 'Why not; no personal details.' })
  @IsString()
  @Length(1, 1000)
  reason!: string;
}

@InputType()
export class ProposeCandidateInput {
  @Field(() => ID) @IsUUID() vacancyId!: string;
  @Field(() => ID) @IsUUID() profileId!: string;

  @Field({ description: 'Why this candidate fits; no personal details.' })
  @IsString()
  @Length(1, 2000)
  motivation!: string;

  @Field({ description: 'The candidate agreed to be proposed for this vacancy (required: a person always decides).' })
  @IsBoolean()
  @Equals(true, { message: 'candidateAgreed must be true: propose only with the agreement of the candidate' })
  candidateAgreed!: boolean;
}

@InputType()
export class AdvanceProposalInput extends VersionedInput {
  @Field(() => ProposalStatus)
  @IsEnum(ProposalStatus)
  status!: ProposalStatus;

  @Field({ nullable: true, description: 'Why (required for REJECTED and WITHDRAWN); no personal details.' })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  reason?: string;

  @Field({ nullable: true, description: 'For PLACED: first working day, ISO date.' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'startDate must be a date like 2027-02-01' })
  startDate?: string;

  @Field(() => Int, { nullable: true, description: "For PLACED: hours per week (default: the candidate's maximum)." })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(60)
  hoursPerWeek?: number;
}
