import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { NotificationEntity } from './notification.entity';
import { NotificationResolver } from './notification.resolver';
import { NotificationService } from './notification.service';

export const NOTIFICATION_RESOLVERS = [NotificationResolver];

/** In-app notifications (`notifications`, `markNotificationRead`). */
@Module({
  imports: [TypeOrmModule.forFeature([NotificationEntity])],
  providers: [NotificationService, ...NOTIFICATION_RESOLVERS],
  exports: [NotificationService],
})
export class NotificationsModule {}
