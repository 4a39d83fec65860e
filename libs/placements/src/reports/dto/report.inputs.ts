import { Field, InputType, registerEnumType } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsEnum, IsISO8601, IsString, Matches } from 'class-validator';

export enum PlacementDimension {
  MONTH = 'MONTH',
  QUARTER = 'QUARTER',
  ORGANISATION = 'ORGANISATION',
  POOL = 'POOL',
  SECTOR = 'SECTOR',
  OCCUPATION_GROUP = 'OCCUPATION_GROUP',
  TARGET_GROUP = 'TARGET_GROUP',
  CONTRACT_TYPE = 'CONTRACT_TYPE',
  VIA_JOINT_VISIT = 'VIA_JOINT_VISIT',
}
registerEnumType(PlacementDimension, {
  name: 'PlacementDimension',
  description:
    'A grouping of placements. SECTOR is the SBI section of the employer when placed, OCCUPATION_GROUP the ISCO major ' +
    'group; TARGET_GROUP counts a placement once in each of its target groups (NONE when it had none).',
});

export const MAX_GROUP_BY = 3;

@InputType({ description: 'A region and a period of dates, both ends included.' })
export class ReportPeriodInput {
  @Field()
  @IsString()
  @Matches(/^[A-Z0-9_]{2,40}$/, { message: 'regionCode must be a region code like GRONINGEN' })
  regionCode!: string;

  @Field({ description: 'First day, ISO date.' })
  @IsISO8601({ strict: true }, { message: 'from must be a date like 2026-01-01' })
  from!: string;

  @Field({ description: 'Last day, ISO date.' })
  @IsISO8601({ strict: true }, { message: 'to must be a date like 2026-12-31' })
  to!: string;
}

@InputType()
export class PlacementReportInput extends ReportPeriodInput {
  @Field(() => [PlacementDimension], { description: `Up to ${MAX_GROUP_BY} groupings, in the order of the row keys.` })
  @IsArray()
  @ArrayMaxSize(MAX_GROUP_BY, { message: `groupBy takes at most ${MAX_GROUP_BY} dimensions` })
  @IsEnum(PlacementDimension, { each: true })
  groupBy!: PlacementDimension[];
}

@InputType({ description: 'A region; the figures are of today.' })
export class ProfileQualityReportInput {
  @Field()
  @IsString()
  @Matches(/^[A-Z0-9_]{2,40}$/, { message: 'regionCode must be a region code like GRONINGEN' })
  regionCode!: string;
}

export enum MaxWwCohortGrouping {
  ENTRY_MONTH = 'ENTRY_MONTH',
  WW_END_MONTH = 'WW_END_MONTH',
  ORGANISATION = 'ORGANISATION',
  POOL = 'POOL',
}
registerEnumType(MaxWwCohortGrouping, {
  name: 'MaxWwCohortGrouping',
  description:
    'ENTRY_MONTH: the month the candidate entered the Max-WW pool (the cohort); WW_END_MONTH: the month the WW ' +
    "ends; ORGANISATION: the candidate's organisation; POOL: UWV or municipal.",
});

@InputType({ description: 'The Max-WW cohorts that entered the pool in the period (both ends included).' })
export class MaxWwCohortReportInput extends ReportPeriodInput {
  @Field(() => MaxWwCohortGrouping)
  @IsEnum(MaxWwCohortGrouping, { message: 'groupBy must be one of ENTRY_MONTH, WW_END_MONTH, ORGANISATION, POOL' })
  groupBy!: MaxWwCohortGrouping;
}

@InputType({ description: 'A region; the figures are of today.' })
export class MaxWwEarlyWarningInput extends ProfileQualityReportInput {}
