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
