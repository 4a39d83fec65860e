import { Field, InterfaceType, ObjectType } from '@nestjs/graphql';
import { LeftPoolReason, MaxWwOutcome } from '@wsp/candidates';
import { MaxWwCohortGrouping } from './report.inputs';
import { BreakdownRow, RegionReport, ReportCount, ReportFigure } from './report.models';

@ObjectType()
export class MaxWwOutcomeCount {
  @Field(() => MaxWwOutcome)
  outcome!: MaxWwOutcome;

  @Field(() => ReportCount)
  count!: ReportCount;
}

@ObjectType()
export class MaxWwLeftPoolCount {
  @Field(() => LeftPoolReason)
  reason!: LeftPoolReason;

  @Field(() => ReportCount)
  count!: ReportCount;
}

@InterfaceType({ description: 'A group of Max-WW candidates, each counted once under their one current outcome.' })
export abstract class MaxWwCohortFigures {
  @Field(() => ReportCount, { description: 'Candidates in the group: the sum of the outcomes.' })
  cohort!: ReportCount;

  @Field(() => [MaxWwOutcomeCount], { description: 'Every outcome, in the order of the MaxWwOutcome enum.' })
  outcomes!: MaxWwOutcomeCount[];

  @Field(() => ReportCount, { description: 'Placed before and after the WW end together.' })
  placed!: ReportCount;

  @Field(() => [MaxWwLeftPoolCount], { description: 'LEFT_POOL by reason: they add up to it.' })
  leftPoolReasons!: MaxWwLeftPoolCount[];

  @Field(() => ReportFigure, {
    description: 'Median whole weeks from entering the pool to the first working day, over the placed.',
  })
  medianWeeksToWork!: ReportFigure;
}

@ObjectType({ implements: () => [MaxWwCohortFigures] })
export class MaxWwCohortTotal extends MaxWwCohortFigures {}

@ObjectType({ implements: () => [MaxWwCohortFigures] })
export class MaxWwCohortRow extends MaxWwCohortFigures {
  @Field({ description: 'The group: a month (YYYY-MM), an organisation id, a pool, or UNKNOWN.' })
  key!: string;

  @Field({ description: 'Dutch label: "maart 2027", the organisation name, "UWV-pool".' })
  label!: string;
}

@ObjectType({
  description:
    'Every Max-WW candidate who entered the pool in the period, with their outcome today; deleted profiles count ' +
    'through the anonymous counts they left. Small cells suppressed (docs/REPORTS.md).',
})
export class MaxWwCohortReport extends RegionReport {
  @Field()
  from!: string;

  @Field()
  to!: string;

  @Field({ description: 'The day the outcomes are of (Dutch date).' })
  asOf!: string;

  @Field(() => MaxWwCohortGrouping)
  groupBy!: MaxWwCohortGrouping;

  @Field(() => [MaxWwCohortRow])
  rows!: MaxWwCohortRow[];

  @Field(() => MaxWwCohortTotal, { description: 'The whole region: always the sum of the rows.' })
  total!: MaxWwCohortTotal;
}

@ObjectType()
export class MaxWwEarlyWarningRow extends BreakdownRow {
  @Field(() => ReportCount, { description: 'Without work, WW ends next month.' })
  endingNextMonth!: ReportCount;

  @Field(() => ReportCount, { description: 'Without work, WW ends in two months.' })
  endingInTwoMonths!: ReportCount;

  @Field(() => ReportCount, { description: 'Without work, WW ends in three months.' })
  endingInThreeMonths!: ReportCount;

  @Field(() => ReportCount, { description: 'The three together.' })
  endingWithinThreeMonths!: ReportCount;
}

@ObjectType({
  description:
    'Per organisation: its Max-WW candidates without work (searching or paused) whose WW ends within 1, 2 and 3 ' +
    'months: counts only, small cells suppressed.',
})
export class MaxWwEarlyWarning extends RegionReport {
  @Field()
  asOf!: string;

  @Field(() => [MaxWwEarlyWarningRow])
  rows!: MaxWwEarlyWarningRow[];
}
