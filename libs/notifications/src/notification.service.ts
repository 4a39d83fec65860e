import { Injectable, Logger } from '@nestjs/common';
import { AsyncLocalStorage } from 'node:async_hooks';
import { Actor, AfterCommit, ConnectionShape, DomainError, PageArgs } from '@wsp/platform';
import { LiveNotifications } from './live/live-notifications';
import { notificationMail } from './mail/mail-templates';
import { MailOutbox, SETTINGS_PATH } from './mail/mail-outbox';
import { CalendarMethod } from './mail/mail.repository';
import { NotificationEntity } from './notification.entity';
import { Notification, NotificationDelivery, NotificationKind, NotificationPreference } from './notification.models';
import { DEFAULT_DELIVERY, NOTIFICATION_KINDS } from './notification-preferences';
import { NotificationRepository } from './notification.repository';

export interface NewNotification {
  userId: string;
  kind: NotificationKind;
  /** Dutch, for its user; names employers and colleagues, a candidate only by the profile's public code. */
  message: string;
  /** The mail's text when the message holds more than a mail may carry (a free-text reason about a candidate). */
  mailMessage?: string;
  entityType?: string;
  /** Removing this record removes the notification and its mail (see forgetEntities). */
  entityId?: string;
  /** The same key for the same user is stored once, so a job that runs twice notifies once. */
  dedupeKey?: string;
  /** Where in the web app its user acts on it (`/bezoeken/<id>`); the mail links there. */
  path?: string;
  /** An iTIP invitation (RFC 5546) sent along when the mail goes out at once: the visit in the user's own calendar. */
  calendar?: { method: CalendarMethod; content: string };
}

/** Set while history is being recorded (the demo seed): its notifications stay in the app, nobody is mailed. */
const recordingHistory = new AsyncLocalStorage<true>();

/**
 * Notifications: written inside the transaction of what caused them, with their mail when the user wants it right
 * away (in the same transaction, so a rollback sends nothing), announced live to every replica after the commit.
 */
@Injectable()
export class NotificationService {
  private readonly logger = new Logger(NotificationService.name);

  constructor(
    private readonly afterCommit: AfterCommit,
    private readonly notifications: NotificationRepository,
    private readonly mail: MailOutbox,
    private readonly live: LiveNotifications,
  ) {}

  /**
   * Runs `work` (which may notify through any service) as a record of what happened before: its notifications are
   * in the app only, so seeding a year of demo history sends no mail.
   */
  static asHistory<T>(work: () => Promise<T>): Promise<T> {
    return recordingHistory.run(true, work);
  }

  /** True when the notification was new. */
  async notify(notification: NewNotification): Promise<boolean> {
    const delivery = recordingHistory.getStore()
      ? NotificationDelivery.IN_APP_ONLY
      : ((await this.notifications.preferenceOf(notification.userId, notification.kind)) ??
        DEFAULT_DELIVERY[notification.kind]);
    const path = notification.path ?? '/meldingen';
    const id = await this.notifications.insert({
      userId: notification.userId,
      kind: notification.kind,
      message: notification.message,
      entityType: notification.entityType ?? null,
      entityId: notification.entityId ?? null,
      dedupeKey: notification.dedupeKey ?? null,
      mailText: notification.mailMessage ?? null,
      path,
      delivery,
    });
    if (!id) return false;
    if (delivery === NotificationDelivery.IMMEDIATE) {
      const recipient = await this.mail.activeRecipient(notification.userId);
      if (recipient) {
        await this.mail.enqueue({
          userId: notification.userId,
          recipient,
          kind: notification.kind,
          entityId: notification.entityId ?? null,
          content: notificationMail({
            kind: notification.kind,
            recipientName: recipient.displayName,
            message: notification.mailMessage ?? notification.message,
            url: this.mail.link(path),
            settingsUrl: this.mail.link(SETTINGS_PATH),
          }),
          calendar: notification.calendar,
        });
      }
    }
    this.afterCommit.schedule(() =>
      this.live.announce({ userId: notification.userId, notificationId: id }).catch((error: Error) => {
        this.logger.warn({ error: error.message }, 'live notification not announced');
      }),
    );
    return true;
  }

  list(actor: Actor, unreadOnly: boolean, page: PageArgs): Promise<ConnectionShape<NotificationEntity>> {
    return this.notifications.page(actor.userId, unreadOnly, page);
  }

  unreadCount(actor: Actor): Promise<number> {
    return this.notifications.unreadCount(actor.userId);
  }

  async markRead(actor: Actor, id: string): Promise<Notification> {
    // Someone else's notification is as unknown as a missing one.
    await this.notifications.markRead(actor.userId, id);
    const notification = await this.notifications.findOwn(actor.userId, id);
    if (!notification) throw DomainError.notFound('Notification');
    return notification;
  }

  markAllRead(actor: Actor): Promise<number> {
    return this.notifications.markAllRead(actor.userId);
  }

  /** Every kind with how it reaches the actor: their choice, else the default. */
  async preferences(actor: Actor): Promise<NotificationPreference[]> {
    const chosen = new Map(
      (await this.notifications.preferencesOf(actor.userId)).map((row) => [row.kind, row.delivery]),
    );
    return NOTIFICATION_KINDS.map((kind) => ({
      kind,
      delivery: chosen.get(kind) ?? DEFAULT_DELIVERY[kind],
      isDefault: !chosen.has(kind),
    }));
  }

  /** Sets how one kind reaches the actor; `null` returns to the default. */
  async setPreference(
    actor: Actor,
    kind: NotificationKind,
    delivery: NotificationDelivery | null,
  ): Promise<NotificationPreference[]> {
    if (delivery === null) await this.notifications.resetPreference(actor.userId, kind);
    else await this.notifications.setPreference(actor.userId, kind, delivery);
    return this.preferences(actor);
  }

  /** Removes the notifications, and their mail, about records that no longer exist. */
  forgetEntities(entityIds: readonly string[]): Promise<void> {
    return this.notifications.forgetEntities(entityIds);
  }
}
