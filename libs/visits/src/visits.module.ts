import { Module } from '@nestjs/common';
import { DirectoryModule } from '@wsp/directory';
import { EmployersModule } from '@wsp/employers';
import { CalendarController } from './calendar.controller';
import { CalendarFeedService } from './calendar-feed.service';
import { VisitParticipantResolver } from './visit-participant.resolver';
import { VisitResolver } from './visit.resolver';
import { VisitService } from './visit.service';

export const VISIT_RESOLVERS = [VisitResolver, VisitParticipantResolver];

/** Joint employer visits, follow-ups and personal calendar feeds. */
@Module({
  imports: [EmployersModule, DirectoryModule],
  controllers: [CalendarController],
  providers: [VisitService, CalendarFeedService, ...VISIT_RESOLVERS],
  exports: [VisitService],
})
export class VisitsModule {}
