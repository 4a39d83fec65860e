import { Module } from '@nestjs/common';
import { EmployersModule } from '@wsp/employers';
import { CalendarController } from './calendar.controller';
import { CalendarFeedService } from './calendar-feed.service';
import { VisitResolver } from './visit.resolver';
import { VisitService } from './visit.service';

export const VISIT_RESOLVERS = [VisitResolver];

/** Joint employer visits, follow-ups and personal calendar feeds. */
@Module({
  imports: [EmployersModule],
  controllers: [CalendarController],
  providers: [VisitService, CalendarFeedService, ...VISIT_RESOLVERS],
  exports: [VisitService],
})
export class VisitsModule {}
