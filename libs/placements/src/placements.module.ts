import { Module } from '@nestjs/common';
import { CandidatesModule } from '@wsp/candidates';
import { NotificationsModule } from '@wsp/notifications';
import { VacanciesModule } from '@wsp/vacancies';
import {
  HandoverResolver,
  ProfileHandoverResolver,
  ProposalProfileResolver,
  VacancyProposalsResolver,
} from './handover.resolver';
import { HandoverService } from './handover.service';

export const PLACEMENT_RESOLVERS = [
  HandoverResolver,
  ProposalProfileResolver,
  VacancyProposalsResolver,
  ProfileHandoverResolver,
];

/** The warm handover (interest, proposals and their steps) and the placements it records. */
@Module({
  imports: [VacanciesModule, CandidatesModule, NotificationsModule],
  providers: [HandoverService, ...PLACEMENT_RESOLVERS],
  exports: [HandoverService],
})
export class PlacementsModule {}
