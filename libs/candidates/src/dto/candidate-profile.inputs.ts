import { Field, ID, InputType, Int, IntersectionType, PartialType } from '@nestjs/graphql';
import { VersionedInput } from '@wsp/platform';
import { IsDrivingLicences, IsLanguageCodes } from '@wsp/taxonomy';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsEnum,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  IsBoolean,
} from 'class-validator';
import { AgeBand, CandidateStatus, ExperienceBand, LegalBasis, TargetGroup } from './candidate-profile.models';

const MONTH = /^20[0-9]{2}-(0[1-9]|1[0-2])$/;

@InputType()
class CandidateProfileFields {
  @Field(() => [String], { description: 'Desired ISCO-08 unit groups (4 digits), 1 to 5.' })
  @ArrayMinSize(1)
  @ArrayMaxSize(5)
  @ArrayUnique()
  @Matches(/^[0-9]{4}$/, { each: true, message: 'each occupation code must be an ISCO-08 unit group of 4 digits' })
  occupationCodes!: string[];

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(30)
  @ArrayUnique()
  @Matches(/^[A-Z]{3}-[0-9]{2}$/, { each: true, message: 'each skill code must look like LOG-01' })
  skillCodes?: string[];

  @Field({ nullable: true, description: 'Education level code, e.g. MBO_2.' })
  @IsOptional()
  @Matches(/^[A-Z_0-9]{2,20}$/, { message: 'educationLevel must be an education level code' })
  educationLevel?: string;

  @Field(() => ExperienceBand, { nullable: true })
  @IsOptional()
  @IsEnum(ExperienceBand)
  experienceBand?: ExperienceBand;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(60)
  hoursMin?: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(60)
  hoursMax?: number;

  @Field({ nullable: true, description: 'The candidate can work other hours than their range (default false).' })
  @IsOptional()
  @IsBoolean()
  hoursFlexible?: boolean;

  @Field({ nullable: true, description: 'Month, e.g. 2027-02.' })
  @IsOptional()
  @Matches(MONTH, { message: 'availableFrom must be a month like 2027-02' })
  availableFrom?: string;

  @Field({ description: 'Municipality of residence (CBS code); decides the region.' })
  @Matches(/^GM[0-9]{4}$/, { message: 'municipalityCode must be a CBS code like GM0014' })
  municipalityCode!: string;

  @Field(() => Int, { nullable: true, description: 'Default 15.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(200)
  travelRadiusKm?: number;

  @Field(() => [String], { nullable: true })
  @IsDrivingLicences()
  drivingLicences?: string[];

  @Field(() => [String], { nullable: true, description: 'ISO 639-1 codes, e.g. nl, en.' })
  @IsLanguageCodes()
  languages?: string[];

  @Field(() => [TargetGroup], { nullable: true })
  @IsOptional()
  @ArrayUnique()
  @IsEnum(TargetGroup, { each: true })
  targetGroups?: TargetGroup[];

  @Field({ nullable: true, description: 'Month the WW benefit ends, required with MAX_WW.' })
  @IsOptional()
  @Matches(MONTH, { message: 'wwEndMonth must be a month like 2027-03' })
  wwEndMonth?: string;

  @Field(() => AgeBand, { nullable: true })
  @IsOptional()
  @IsEnum(AgeBand)
  ageBand?: AgeBand;

  @Field({ nullable: true, description: 'A few lines on what the candidate seeks and offers; no personal details.' })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  pitch?: string;

  @Field({ nullable: true, description: 'Owner-only; no personal details either.' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  internalNote?: string;

  @Field(() => LegalBasis)
  @IsEnum(LegalBasis)
  legalBasis!: LegalBasis;

  @Field(() => ID, { nullable: true, description: 'The owning job coach; defaults to you.' })
  @IsOptional()
  @IsUUID()
  coachId?: string;
}

@InputType()
export class CreateCandidateProfileInput extends CandidateProfileFields {
  @Field({
    nullable: true,
    description: 'Your own client number, to find this profile again; only a keyed hash is kept, never the number.',
  })
  @IsOptional()
  @IsString()
  @Length(1, 40)
  @Matches(/^[A-Za-z0-9][A-Za-z0-9 .-]*$/, {
    message: 'clientNumber may hold letters, digits, spaces, dots and dashes',
  })
  clientNumber?: string;

  @Field(() => CandidateStatus, {
    nullable: true,
    description: 'ACTIVE (default) shares it; PAUSED keeps it as a draft.',
  })
  @IsOptional()
  @IsIn([CandidateStatus.ACTIVE, CandidateStatus.PAUSED], { message: 'status must be ACTIVE or PAUSED' })
  status?: CandidateStatus;
}

@InputType()
export class UpdateCandidateProfileInput extends IntersectionType(
  VersionedInput,
  PartialType(CandidateProfileFields),
) {}

@InputType()
export class ChangeCandidateStatusInput extends VersionedInput {
  @Field(() => CandidateStatus)
  @IsEnum(CandidateStatus)
  status!: CandidateStatus;
}

@InputType()
export class CandidateProfileFilter {
  @Field(() => CandidateStatus, { nullable: true })
  @IsOptional()
  @IsEnum(CandidateStatus)
  status?: CandidateStatus;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  coachId?: string;

  @Field(() => Int, { nullable: true, description: 'Only profiles expiring within this many days.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(366)
  expiringWithinDays?: number;

  @Field({ nullable: true, description: 'The start of a public code, e.g. K-3N49; case does not matter.' })
  @IsOptional()
  @Matches(/^[A-Za-z0-9-]{1,12}$/, { message: 'publicCode may hold letters, digits and dashes (at most 12)' })
  publicCode?: string;
}
