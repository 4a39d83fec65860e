import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Actor, ConnectionShape, DomainError, PageArgs, paginate } from '@wsp/platform';
import { EntityManager, Repository } from 'typeorm';
import { NotificationEntity } from './notification.entity';
import { NotificationKind } from './notification.models';

export interface NewNotification {
  userId: string;
  kind: NotificationKind;
  message: string;
  entityType?: string;
  entityId?: string;
  /** The same key for the same user is stored once, so a job that runs twice notifies once. */
  dedupeKey?: string;
}

/** In-app notifications: written inside the transaction of what caused them, read and marked by their user. */
@Injectable()
export class NotificationService {
  constructor(@InjectRepository(NotificationEntity) private readonly notifications: Repository<NotificationEntity>) {}

  /** True when the notification was new. */
  async notify(manager: EntityManager, notification: NewNotification): Promise<boolean> {
    const inserted: unknown[] = await manager.query(
      `INSERT INTO notification (user_id, kind, message, entity_type, entity_id, dedupe_key)
       VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (user_id, dedupe_key) WHERE dedupe_key IS NOT NULL DO NOTHING
       RETURNING id`,
      [
        notification.userId,
        notification.kind,
        notification.message,
        notification.entityType ?? null,
        notification.entityId ?? null,
        notification.dedupeKey ?? null,
      ],
    );
    return inserted.length > 0;
  }

  list(actor: Actor, unreadOnly: boolean, page: PageArgs): Promise<ConnectionShape<NotificationEntity>> {
    const query = this.notifications.createQueryBuilder('n').where('n.user_id = :user', { user: actor.userId });
    if (unreadOnly) query.andWhere('n.read_at IS NULL');
    return paginate(query, page, { column: 'created_at', valueOf: (n) => n.createdAt.toISOString(), descending: true });
  }

  async markRead(actor: Actor, id: string): Promise<NotificationEntity> {
    // Someone else's notification is as unknown as a missing one.
    await this.notifications.query(
      'UPDATE notification SET read_at = coalesce(read_at, now()) WHERE id = $1 AND user_id = $2',
      [id, actor.userId],
    );
    const notification = await this.notifications.findOneBy({ id, userId: actor.userId });
    if (!notification) throw DomainError.notFound('Notification');
    return notification;
  }

  /** Removes the notifications about records that no longer exist. */
  async forgetEntities(manager: EntityManager, entityIds: readonly string[]): Promise<void> {
    await manager.query('DELETE FROM notification WHERE entity_id = ANY($1)', [entityIds]);
  }
}
