import { Inject } from '@nestjs/common';
import { Args, Int, Mutation, Query, Resolver, Subscription } from '@nestjs/graphql';
import { SkipThrottle } from '@nestjs/throttler';
import {
  Actor,
  Allow,
  APP_CONFIG,
  AppConfig,
  ConnectionShape,
  CurrentActor,
  DomainError,
  IdArg,
  PageArgs,
} from '@wsp/platform';
import { LiveNotifications, NotificationAddedPayload } from './live/live-notifications';
import { DevMailSink } from './mail/dev-mail-sink';
import {
  DevMailboxMessage,
  Notification,
  NotificationConnection,
  NotificationDelivery,
  NotificationKind,
  NotificationPreference,
} from './notification.models';
import { NotificationService } from './notification.service';

@Resolver(() => Notification)
export class NotificationResolver {
  constructor(
    private readonly notificationService: NotificationService,
    private readonly live: LiveNotifications,
    private readonly sink: DevMailSink,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Query(() => NotificationConnection, { description: 'Your notifications, newest first.' })
  @Allow()
  notifications(
    @CurrentActor() actor: Actor,
    @Args() page: PageArgs,
    @Args('unreadOnly', { nullable: true, defaultValue: false }) unreadOnly: boolean,
  ): Promise<ConnectionShape<Notification>> {
    return this.notificationService.list(actor, unreadOnly, page) as Promise<ConnectionShape<Notification>>;
  }

  @Query(() => Int, { description: 'How many of your notifications are unread (the bell).' })
  @Allow()
  unreadNotificationCount(@CurrentActor() actor: Actor): Promise<number> {
    return this.notificationService.unreadCount(actor);
  }

  @Mutation(() => Notification)
  @Allow()
  markNotificationRead(@CurrentActor() actor: Actor, @IdArg('id') id: string): Promise<Notification> {
    return this.notificationService.markRead(actor, id);
  }

  @Mutation(() => Int, { description: 'Marks all your notifications read; answers how many were unread.' })
  @Allow()
  markAllNotificationsRead(@CurrentActor() actor: Actor): Promise<number> {
    return this.notificationService.markAllRead(actor);
  }

  @Query(() => [NotificationPreference], { description: 'How each kind of notification reaches you.' })
  @Allow()
  notificationPreferences(@CurrentActor() actor: Actor): Promise<NotificationPreference[]> {
    return this.notificationService.preferences(actor);
  }

  @Mutation(() => [NotificationPreference], {
    description: 'Sets how one kind of notification reaches you; without `delivery`, back to the default.',
  })
  @Allow()
  setNotificationPreference(
    @CurrentActor() actor: Actor,
    @Args('kind', { type: () => NotificationKind }) kind: NotificationKind,
    @Args('delivery', { type: () => NotificationDelivery, nullable: true }) delivery: NotificationDelivery | null,
  ): Promise<NotificationPreference[]> {
    return this.notificationService.setPreference(actor, kind, delivery ?? null);
  }

  @Query(() => [DevMailboxMessage], {
    description: 'Outside production without SMTP_URL: the messages the built-in mail sink received, newest first.',
  })
  @Allow()
  devMailbox(): DevMailboxMessage[] {
    if (this.config.production || this.config.mail.smtpUrl || !this.sink.running) {
      throw DomainError.notFound('Development mailbox');
    }
    return this.sink.messages();
  }

  /**
   * Over WebSocket (graphql-transport-ws), authenticated with the bearer token in the connection's `authorization`
   * parameter. Events reach every replica, so the socket may be on any of them.
   */
  @Subscription(() => Notification, { description: 'Your notifications as they are added, on any replica.' })
  @SkipThrottle({ user: true, address: true })
  @Allow()
  notificationAdded(@CurrentActor() actor: Actor): Promise<AsyncIterableIterator<NotificationAddedPayload>> {
    return this.live.stream(actor.userId);
  }
}
