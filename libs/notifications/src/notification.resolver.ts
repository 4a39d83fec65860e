import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Actor, Allow, ConnectionShape, CurrentActor, IdArg, PageArgs } from '@wsp/platform';
import { Notification, NotificationConnection } from './notification.models';
import { NotificationService } from './notification.service';

@Resolver(() => Notification)
export class NotificationResolver {
  constructor(private readonly notificationService: NotificationService) {}

  @Query(() => NotificationConnection, { description: 'Your notifications, newest first.' })
  @Allow()
  notifications(
    @CurrentActor() actor: Actor,
    @Args() page: PageArgs,
    @Args('unreadOnly', { nullable: true, defaultValue: false }) unreadOnly: boolean,
  ): Promise<ConnectionShape<Notification>> {
    return this.notificationService.list(actor, unreadOnly, page) as Promise<ConnectionShape<Notification>>;
  }

  @Mutation(() => Notification)
  @Allow()
  markNotificationRead(@CurrentActor() actor: Actor, @IdArg('id') id: string): Promise<Notification> {
    return this.notificationService.markRead(actor, id) as Promise<Notification>;
  }
}
