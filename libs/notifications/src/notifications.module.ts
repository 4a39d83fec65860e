import { NotificationLoaders } from './notification.loaders';
import { Module } from '@nestjs/common';
import { getDataSourceToken, TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG, AppConfig, DATABASE_URL } from '@wsp/platform';
import { DataSource } from 'typeorm';
import { LiveNotifications } from './live/live-notifications';
import { createNotificationBus, NotificationBus } from './live/notification-bus';
import { DevMailSink } from './mail/dev-mail-sink';
import { MailDigestJob } from './mail/mail-digest.job';
import { MailMetrics } from './mail/mail-metrics';
import { MailOutbox } from './mail/mail-outbox';
import { MailRetryJob } from './mail/mail-retry.job';
import { MailTransport } from './mail/mail-transport';
import { MailRepository } from './mail/mail.repository';
import { SendMailJob } from './mail/send-mail.job';
import { MailProblemResolver } from './mail-problem.resolver';
import { NotificationEntity } from './notification.entity';
import { NotificationRepository } from './notification.repository';
import { NotificationResolver } from './notification.resolver';
import { NotificationService } from './notification.service';

export const NOTIFICATION_RESOLVERS = [NotificationResolver, MailProblemResolver];

/**
 * Notifications that reach people: in the app (also live, over a subscription), by e-mail right away or in a
 * daily digest as each user prefers, visits with calendar invitations.
 */
@Module({
  imports: [TypeOrmModule.forFeature([NotificationEntity])],
  providers: [
    NotificationRepository,
    NotificationService,
    MailRepository,
    NotificationLoaders,
    MailOutbox,
    MailTransport,
    MailMetrics,
    DevMailSink,
    SendMailJob,
    MailDigestJob,
    MailRetryJob,
    LiveNotifications,
    {
      provide: NotificationBus,
      inject: [APP_CONFIG, getDataSourceToken(), DATABASE_URL],
      useFactory: (config: AppConfig, dataSource: DataSource, databaseUrl: string) =>
        createNotificationBus(config, dataSource, databaseUrl),
    },
    ...NOTIFICATION_RESOLVERS,
  ],
  exports: [NotificationService],
})
export class NotificationsModule {}
