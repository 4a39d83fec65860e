import { Inject, Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { EventEmitter, on } from 'node:events';
import { Notification } from '../notification.models';
import { NotificationRepository } from '../notification.repository';
import { NotificationBus, NotificationEvent } from './notification-bus';

/** What a `notificationAdded` subscription yields. */
export interface NotificationAddedPayload {
  notificationAdded: Notification;
}

/**
 * Live notifications for the users connected to this replica: events from every replica come in through the bus;
 * a notification is read once per event, and only when one of its user's connections is here.
 */
@Injectable()
export class LiveNotifications implements OnModuleDestroy {
  private readonly logger = new Logger(LiveNotifications.name);
  private readonly local = new EventEmitter().setMaxListeners(0);

  constructor(
    @Inject(NotificationBus) private readonly bus: NotificationBus,
    private readonly notifications: NotificationRepository,
  ) {}

  /** Publishes that a notification was added (call after its transaction committed). */
  announce(event: NotificationEvent): Promise<void> {
    return this.bus.publish(event);
  }

  /** The user's new notifications from now on; ends (and stops listening) when the subscriber returns. */
  async stream(userId: string): Promise<AsyncIterableIterator<NotificationAddedPayload>> {
    await this.bus.listen((event) => void this.deliver(event));
    const events = on(this.local, userId) as AsyncIterableIterator<[Notification]>;
    // Not an async generator: its return() would wait for the next event; this one ends the stream at once.
    const stream: AsyncIterableIterator<NotificationAddedPayload> = {
      next: async () => {
        const result = await events.next();
        return result.done ? result : { done: false, value: { notificationAdded: result.value[0] } };
      },
      return: async () => {
        await events.return?.();
        return { done: true, value: undefined };
      },
      throw: async (error: unknown) => {
        await events.return?.();
        throw error;
      },
      [Symbol.asyncIterator]: () => stream,
    };
    return stream;
  }

  /** Before the pools close, so a listener or publisher never outlives the app. */
  onModuleDestroy(): Promise<void> {
    this.local.removeAllListeners();
    return this.bus.close();
  }

  private async deliver(event: NotificationEvent): Promise<void> {
    if (this.local.listenerCount(event.userId) === 0) return;
    try {
      const notification = await this.notifications.findForActiveUser(event.userId, event.notificationId);
      if (notification) this.local.emit(event.userId, notification);
    } catch (error) {
      this.logger.warn({ error: (error as Error).message }, 'live notification not delivered');
    }
  }
}
