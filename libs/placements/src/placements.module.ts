import { EmployersModule } from '@wsp/employers';
import { Module } from '@nestjs/common';
import { CandidatesModule } from '@wsp/candidates';
import { DirectoryModule } from '@wsp/directory';
import { NotificationsModule } from '@wsp/notifications';
import { VacanciesModule } from '@wsp/vacancies';
import {
  HandoverResolver,
  InterestPartiesResolver,
  InterestProfileResolver,
  ProfileCoachResolver,
  ProfileHandoverResolver,
  ProposalPartiesResolver,
  ProposalProfileResolver,
  ProposalStepActorResolver,
  VacancyProposalsResolver,
} from './handover.resolver';
import { HandoverRepository } from './handover.repository';
import { HandoverService } from './handover.service';
import { PlacementRecordingService } from './placement-recording.service';
import { PlacementRepository } from './placement.repository';
import { FunnelReportService } from './reports/funnel-report.service';
import { MaxWwReportService } from './reports/max-ww-report.service';
import { MaxWwCohortReportService } from './reports/max-ww-cohort-report.service';
import { MaxWwCohortReportRepository } from './reports/max-ww-cohort.repository';
import { PlacementReportService } from './reports/placement-report.service';
import { ProfileQualityReportService } from './reports/profile-quality-report.service';
import { ReportReader } from './reports/report-reader';
import { ReportsResolver } from './reports/reports.resolver';
import { VisitReportService } from './reports/visit-report.service';

export const PLACEMENT_RESOLVERS = [
  HandoverResolver,
  ProposalProfileResolver,
  InterestProfileResolver,
  InterestPartiesResolver,
  ProposalPartiesResolver,
  ProfileCoachResolver,
  ProposalStepActorResolver,
  VacancyProposalsResolver,
  ProfileHandoverResolver,
  ReportsResolver,
];

const REPORT_SERVICES = [
  ReportReader,
  PlacementReportService,
  FunnelReportService,
  VisitReportService,
  MaxWwReportService,
  MaxWwCohortReportService,
  MaxWwCohortReportRepository,
  ProfileQualityReportService,
];

/** The warm handover (interest, proposals and their steps), the placements it records and the regional reports. */
@Module({
  imports: [EmployersModule, VacanciesModule, CandidatesModule, NotificationsModule, DirectoryModule],
  providers: [
    HandoverService,
    HandoverRepository,
    PlacementRecordingService,
    PlacementRepository,
    ...REPORT_SERVICES,
    ...PLACEMENT_RESOLVERS,
  ],
  exports: [HandoverService],
})
export class PlacementsModule {}
