import { Args, Query, Resolver } from '@nestjs/graphql';
import { Actor, Allow, CurrentActor, Role } from '@wsp/platform';
import {
  MaxWwCohortReportInput,
  MaxWwEarlyWarningInput,
  PlacementReportInput,
  ProfileQualityReportInput,
  ReportPeriodInput,
} from './dto/report.inputs';
import { MaxWwCohortReport, MaxWwEarlyWarning } from './dto/max-ww-cohort.models';
import { MaxWwCohortReportService } from './max-ww-cohort-report.service';
import { FunnelReport, MaxWwReport, PlacementReport, ProfileQualityReport, VisitReport } from './dto/report.models';
import { FunnelReportService } from './funnel-report.service';
import { MaxWwReportService } from './max-ww-report.service';
import { PlacementReportService } from './placement-report.service';
import { ProfileQualityReportService } from './profile-quality-report.service';
import { VisitReportService } from './visit-report.service';

/** Directors follow their regions; account managers and admins their own region. Job coaches work per candidate. */
const REPORT_READERS = [Role.REGIONAL_DIRECTOR, Role.ACCOUNT_MANAGER, Role.ADMIN] as const;

/** A report whose CSV is made only when the client selects it: most reads show the figures, not the file. */
function withCsv<R extends object>(report: R, csv: (report: R) => string): R & { csv: string } {
  return Object.defineProperty({ ...report }, 'csv', { get: () => csv(report), enumerable: true }) as R & {
    csv: string;
  };
}

@Resolver()
export class ReportsResolver {
  constructor(
    private readonly placements: PlacementReportService,
    private readonly funnel: FunnelReportService,
    private readonly visits: VisitReportService,
    private readonly maxWw: MaxWwReportService,
    private readonly profileQuality: ProfileQualityReportService,
    private readonly maxWwCohorts: MaxWwCohortReportService,
  ) {}

  @Query(() => PlacementReport, {
    description: 'Placements that started in the period, grouped; small cells suppressed.',
  })
  @Allow(...REPORT_READERS)
  async placementReport(
    @CurrentActor() actor: Actor,
    @Args('input') input: PlacementReportInput,
  ): Promise<PlacementReport> {
    const report = await this.placements.report(actor, input);
    return withCsv(report, (figures) => this.placements.csv(figures));
  }

  @Query(() => FunnelReport, { description: 'From suggestion to placement for the vacancies opened in the period.' })
  @Allow(...REPORT_READERS)
  async funnelReport(@CurrentActor() actor: Actor, @Args('input') input: ReportPeriodInput): Promise<FunnelReport> {
    const report = await this.funnel.report(actor, input);
    return withCsv(report, (figures) => this.funnel.csv(figures));
  }

  @Query(() => VisitReport, { description: 'Employer visits held in the period and what followed within 90 days.' })
  @Allow(...REPORT_READERS)
  async visitReport(@CurrentActor() actor: Actor, @Args('input') input: ReportPeriodInput): Promise<VisitReport> {
    const report = await this.visits.report(actor, input);
    return withCsv(report, (figures) => this.visits.csv(figures));
  }

  @Query(() => MaxWwReport, { description: 'MAX_WW candidates and whether they were placed before their WW ended.' })
  @Allow(...REPORT_READERS)
  async maxWwReport(@CurrentActor() actor: Actor, @Args('input') input: ReportPeriodInput): Promise<MaxWwReport> {
    const report = await this.maxWw.report(actor, input);
    return withCsv(report, (figures) => this.maxWw.csv(figures));
  }

  @Query(() => MaxWwCohortReport, {
    description: 'Every Max-WW candidate who entered the pool in the period, under one outcome each, grouped.',
  })
  @Allow(...REPORT_READERS)
  async maxWwCohortReport(
    @CurrentActor() actor: Actor,
    @Args('input') input: MaxWwCohortReportInput,
  ): Promise<MaxWwCohortReport> {
    const report = await this.maxWwCohorts.report(actor, input);
    return withCsv(report, (figures) => this.maxWwCohorts.csv(figures));
  }

  @Query(() => MaxWwEarlyWarning, {
    description: 'Per organisation, its Max-WW candidates without work whose WW ends within 1, 2 and 3 months.',
  })
  @Allow(...REPORT_READERS)
  async maxWwEarlyWarning(
    @CurrentActor() actor: Actor,
    @Args('input') input: MaxWwEarlyWarningInput,
  ): Promise<MaxWwEarlyWarning> {
    const report = await this.maxWwCohorts.earlyWarning(actor, input);
    return withCsv(report, (figures) => this.maxWwCohorts.earlyWarningCsv(figures));
  }

  @Query(() => ProfileQualityReport, { description: "The state of each organisation's shared profiles today." })
  @Allow(...REPORT_READERS)
  async profileQualityReport(
    @CurrentActor() actor: Actor,
    @Args('input') input: ProfileQualityReportInput,
  ): Promise<ProfileQualityReport> {
    const report = await this.profileQuality.report(actor, input);
    return withCsv(report, (figures) => this.profileQuality.csv(figures));
  }
}
