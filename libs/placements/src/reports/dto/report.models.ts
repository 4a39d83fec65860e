import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { PlacementDimension } from './report.inputs';

@ObjectType({
  description:
    'A count as published: below the suppression threshold, or hidden to protect one that is, it reads "<5".',
})
export class ReportCount {
  @Field(() => Int, { nullable: true, description: 'Null when suppressed.' })
  value!: number | null;

  @Field()
  suppressed!: boolean;

  @Field({ description: 'As shown to users: the number, or "<5" (with the threshold in use).' })
  display!: string;
}

@ObjectType({ description: 'A figure derived from counts (a percentage, a median): hidden ("x") when its counts are.' })
export class ReportFigure {
  @Field(() => Float, {
    nullable: true,
    description: 'Null when suppressed or when there is nothing to compute it over.',
  })
  value!: number | null;

  @Field()
  suppressed!: boolean;

  @Field({ description: 'As shown to users: "12,5", "x" when suppressed, empty when there is no value.' })
  display!: string;
}

export enum ReportLevel {
  REGION = 'REGION',
  POOL = 'POOL',
  ORGANISATION = 'ORGANISATION',
}
registerEnumType(ReportLevel, {
  name: 'ReportLevel',
  description: 'What a report row totals: the region, a pool or one organisation.',
});

/** Implemented by every row that breaks a report down by region, pool and organisation. */
@ObjectType({ isAbstract: true })
export abstract class BreakdownRow {
  @Field(() => ReportLevel)
  level!: ReportLevel;

  @Field(() => String, { nullable: true, description: 'UWV or MUNICIPALITY; null on the region row.' })
  pool!: string | null;

  @Field(() => ID, { nullable: true })
  organisationId!: string | null;

  @Field({ description: 'Dutch label: the region, "UWV-pool"/"Gemeentelijke pool", or the organisation name.' })
  label!: string;
}

@ObjectType()
export class ReportKey {
  @Field(() => PlacementDimension)
  dimension!: PlacementDimension;

  @Field({ description: 'Stable key: 2026-03, 2026-Q1, an organisation id, an SBI section letter, an ISCO digit...' })
  value!: string;

  @Field({ description: 'Dutch label.' })
  label!: string;
}

@ObjectType()
export class PlacementReportRow {
  @Field(() => [ReportKey], { description: 'One key per groupBy dimension, in that order.' })
  keys!: ReportKey[];

  @Field(() => ReportCount)
  placements!: ReportCount;
}

@ObjectType({ description: 'Placements with one key: a row or column total of the table.' })
export class PlacementReportTotal {
  @Field(() => ReportKey)
  key!: ReportKey;

  @Field(() => ReportCount)
  placements!: ReportCount;
}

@ObjectType({ isAbstract: true })
export abstract class RegionReport {
  @Field()
  regionCode!: string;

  @Field(() => Int, { description: 'Counts below this are suppressed.' })
  suppressionThreshold!: number;

  @Field({ description: 'The same figures, suppressed the same way, as CSV for Dutch Excel (UTF-8 with BOM, ";").' })
  csv!: string;
}

@ObjectType({ description: 'Placements that started in the period (start date), grouped.' })
export class PlacementReport extends RegionReport {
  @Field()
  from!: string;

  @Field()
  to!: string;

  @Field(() => [PlacementDimension])
  groupBy!: PlacementDimension[];

  @Field(() => [PlacementReportRow])
  rows!: PlacementReportRow[];

  @Field(() => [PlacementReportTotal], { description: 'Per dimension and key: the sums of the rows with that key.' })
  totals!: PlacementReportTotal[];

  @Field(() => ReportCount)
  total!: ReportCount;
}

export enum FunnelStage {
  SUGGESTED = 'SUGGESTED',
  INTEREST = 'INTEREST',
  PROPOSED = 'PROPOSED',
  INTRODUCED = 'INTRODUCED',
  INTERVIEW = 'INTERVIEW',
  PLACED = 'PLACED',
}
registerEnumType(FunnelStage, { name: 'FunnelStage' });

@ObjectType()
export class FunnelConversion {
  @Field(() => FunnelStage)
  from!: FunnelStage;

  @Field(() => FunnelStage)
  to!: FunnelStage;

  @Field(() => ReportFigure, { description: 'Percentage of `from` that reached `to`.' })
  rate!: ReportFigure;
}

@ObjectType()
export class FunnelRow extends BreakdownRow {
  @Field(() => ReportCount, { description: 'Candidates on the suggestion lists of the vacancies.' })
  suggested!: ReportCount;

  @Field(() => ReportCount, { description: "Account managers' interest in a suggested candidate." })
  interest!: ReportCount;

  @Field(() => ReportCount, { description: 'Proposals by job coaches (after interest or directly).' })
  proposed!: ReportCount;

  @Field(() => ReportCount, { description: 'Proposals that reached the introduction or further.' })
  introduced!: ReportCount;

  @Field(() => ReportCount, { description: 'Proposals that reached an interview or a placement.' })
  interview!: ReportCount;

  @Field(() => ReportCount)
  placed!: ReportCount;

  @Field(() => [FunnelConversion], { description: 'From each stage to the next, and from proposal to placement.' })
  conversions!: FunnelConversion[];

  @Field(() => ReportFigure, { description: 'Median days from the vacancy opening to the placement (time to fill).' })
  medianDaysToFill!: ReportFigure;
}

@ObjectType({ description: 'Vacancies opened in the period (the cohort) and how far their candidates got, to date.' })
export class FunnelReport extends RegionReport {
  @Field()
  from!: string;

  @Field()
  to!: string;

  @Field(() => [FunnelRow])
  rows!: FunnelRow[];
}

@ObjectType()
export class VisitReportRow extends BreakdownRow {
  @Field(() => ReportCount, { description: 'Visits held in the period (an organisation: visits it took part in).' })
  visits!: ReportCount;

  @Field(() => ReportCount, { description: 'Of those, visits with two or more organisations.' })
  jointVisits!: ReportCount;

  @Field(() => ReportFigure)
  jointShare!: ReportFigure;

  @Field(() => ReportCount, { description: 'Distinct employers visited.' })
  employersReached!: ReportCount;

  @Field(() => ReportCount, {
    description: 'Vacancies spotted at a visit or opened by the employer within 90 days after.',
  })
  vacanciesAfterVisit!: ReportCount;

  @Field(() => ReportCount, { description: 'Placements at the employer within 90 days after a visit.' })
  placementsAfterVisit!: ReportCount;
}

@ObjectType({ description: 'Joint employer visits held in the period and what followed them.' })
export class VisitReport extends RegionReport {
  @Field()
  from!: string;

  @Field()
  to!: string;

  @Field(() => [VisitReportRow])
  rows!: VisitReportRow[];
}

@ObjectType()
export class MaxWwReportRow extends BreakdownRow {
  @Field(() => ReportCount, {
    description: 'MAX_WW candidates in the pool today (shared or paused) whose WW has not ended.',
  })
  candidates!: ReportCount;

  @Field(() => ReportCount, { description: 'MAX_WW placements that started in the period.' })
  placed!: ReportCount;

  @Field(() => ReportCount, { description: 'Of those, started before the month their WW ends.' })
  placedBeforeWwEnd!: ReportCount;

  @Field(() => ReportCount)
  placedAfterWwEnd!: ReportCount;

  @Field(() => ReportFigure, { description: 'Percentage of MAX_WW placements that started before the WW end month.' })
  shareBeforeWwEnd!: ReportFigure;
}

@ObjectType({ description: 'The Max-WW result: candidates placed before their WW ends, per organisation.' })
export class MaxWwReport extends RegionReport {
  @Field()
  from!: string;

  @Field()
  to!: string;

  @Field(() => [MaxWwReportRow])
  rows!: MaxWwReportRow[];
}

@ObjectType()
export class ProfileQualityRow extends BreakdownRow {
  @Field(() => ReportCount, { description: 'Shared (ACTIVE) profiles.' })
  activeProfiles!: ReportCount;

  @Field(() => ReportCount, {
    description: 'With skills, experience, languages and a pitch besides what sharing needs.',
  })
  complete!: ReportCount;

  @Field(() => ReportFigure)
  shareComplete!: ReportFigure;

  @Field(() => ReportCount, { description: 'Changed in the last 90 days.' })
  updatedLast90Days!: ReportCount;

  @Field(() => ReportFigure)
  shareUpdated!: ReportFigure;

  @Field(() => ReportCount, { description: 'Available this month or earlier.' })
  availableNow!: ReportCount;

  @Field(() => ReportFigure)
  shareAvailableNow!: ReportFigure;

  @Field(() => ReportCount, { description: 'Expiring within 30 days unless renewed.' })
  expiringWithin30Days!: ReportCount;
}

@ObjectType({ description: 'Whether the shared pool is alive: the state of the profiles today.' })
export class ProfileQualityReport extends RegionReport {
  @Field(() => [ProfileQualityRow])
  rows!: ProfileQualityRow[];
}
