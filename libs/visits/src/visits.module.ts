import { Module } from '@nestjs/common';
import { DirectoryModule } from '@wsp/directory';
import { EmployersModule } from '@wsp/employers';
import { CalendarController } from './calendar.controller';
import { CalendarFeedRepository } from './calendar-feed.repository';
import { CalendarFeedService } from './calendar-feed.service';
import { VisitParticipantResolver } from './visit-participant.resolver';
import { VisitResolver } from './visit.resolver';
import { VisitService } from './visit.service';
import { VisitNotifier } from './visit-notifier';
import { VisitRepository } from './visit.repository';
import { FollowUpReminderJob } from './follow-up-reminder.job';
import { NotificationsModule } from '@wsp/notifications';

export const VISIT_RESOLVERS = [VisitResolver, VisitParticipantResolver];

/** Joint employer visits, follow-ups and personal calendar feeds. */
@Module({
  imports: [EmployersModule, DirectoryModule, NotificationsModule],
  controllers: [CalendarController],
  providers: [
    VisitService,
    VisitRepository,
    VisitNotifier,
    FollowUpReminderJob,
    CalendarFeedService,
    CalendarFeedRepository,
    ...VISIT_RESOLVERS,
  ],
  exports: [VisitService],
})
export class VisitsModule {}
