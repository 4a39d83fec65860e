import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ConnectionShape, PageArgs, paginate, Transactions } from '@wsp/platform';
import { DataSource } from 'typeorm';
import { NotificationEntity } from './notification.entity';
import { Notification, NotificationDelivery, NotificationKind } from './notification.models';

const NOTIFICATION_COLUMNS = `id, kind, message, entity_type AS "entityType", entity_id AS "entityId", path, delivery,
  created_at AS "createdAt", read_at AS "readAt"`;

export interface NotificationRow {
  userId: string;
  kind: NotificationKind;
  message: string;
  entityType: string | null;
  entityId: string | null;
  dedupeKey: string | null;
  mailText: string | null;
  path: string | null;
  delivery: NotificationDelivery;
}

/** A notification waiting for its user's daily digest. */
export interface DigestItem {
  userId: string;
  kind: NotificationKind;
  message: string;
  entityType: string | null;
  entityId: string | null;
  path: string | null;
  createdAt: Date;
}

/** The notifications' and the preferences' tables. */
@Injectable()
export class NotificationRepository {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly transactions: Transactions,
  ) {}

  /** The new notification's id; undefined when its dedupe key was stored for this user before. */
  async insert(row: NotificationRow): Promise<string | undefined> {
    const inserted: { id: string }[] = await this.transactions.tx.query(
      `INSERT INTO notification (user_id, kind, message, entity_type, entity_id, dedupe_key, path, delivery, mail_text)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
       ON CONFLICT (user_id, dedupe_key) WHERE dedupe_key IS NOT NULL DO NOTHING
       RETURNING id`,
      [
        row.userId,
        row.kind,
        row.message,
        row.entityType,
        row.entityId,
        row.dedupeKey,
        row.path,
        row.delivery,
        row.mailText,
      ],
    );
    return inserted[0]?.id;
  }

  async findOwn(userId: string, id: string): Promise<Notification | undefined> {
    const [row]: Notification[] = await this.dataSource.query(
      `SELECT ${NOTIFICATION_COLUMNS} FROM notification WHERE id = $1 AND user_id = $2`,
      [id, userId],
    );
    return row;
  }

  /** For a live push: the notification, only while its user is active (a deactivated user's open socket hears nothing). */
  async findForActiveUser(userId: string, id: string): Promise<Notification | undefined> {
    const [row]: Notification[] = await this.dataSource.query(
      `SELECT ${NOTIFICATION_COLUMNS} FROM notification
        WHERE id = $1 AND user_id = $2 AND EXISTS (SELECT 1 FROM app_user u WHERE u.id = $2 AND u.active)`,
      [id, userId],
    );
    return row;
  }

  page(userId: string, unreadOnly: boolean, page: PageArgs): Promise<ConnectionShape<NotificationEntity>> {
    const notifications = this.dataSource.getRepository(NotificationEntity);
    const query = notifications.createQueryBuilder('n').where('n.user_id = :user', { user: userId });
    if (unreadOnly) query.andWhere('n.read_at IS NULL');
    return paginate(
      query,
      page,
      { column: 'created_at', valueOf: (n) => n.createdAt.toISOString(), descending: true },
      notifications.metadata,
    );
  }

  unreadCount(userId: string): Promise<number> {
    return this.dataSource
      .query('SELECT count(*)::int AS unread FROM notification WHERE user_id = $1 AND read_at IS NULL', [userId])
      .then(([row]: { unread: number }[]) => row.unread);
  }

  async markRead(userId: string, id: string): Promise<void> {
    await this.dataSource.query(
      'UPDATE notification SET read_at = coalesce(read_at, now()) WHERE id = $1 AND user_id = $2',
      [id, userId],
    );
  }

  async markAllRead(userId: string): Promise<number> {
    const [, affected]: [unknown, number] = await this.dataSource.query(
      'UPDATE notification SET read_at = now() WHERE user_id = $1 AND read_at IS NULL',
      [userId],
    );
    return affected;
  }

  /** Removes the notifications, and the mail, about records that no longer exist. */
  async forgetEntities(entityIds: readonly string[]): Promise<void> {
    await this.transactions.tx.query('DELETE FROM notification WHERE entity_id = ANY($1)', [entityIds]);
    await this.transactions.tx.query('DELETE FROM mail_message WHERE entity_id = ANY($1)', [entityIds]);
  }

  async preferenceOf(userId: string, kind: NotificationKind): Promise<NotificationDelivery | undefined> {
    const [row]: { delivery: NotificationDelivery }[] = await this.transactions.tx.query(
      'SELECT delivery FROM notification_preference WHERE user_id = $1 AND kind = $2',
      [userId, kind],
    );
    return row?.delivery;
  }

  preferencesOf(userId: string): Promise<{ kind: NotificationKind; delivery: NotificationDelivery }[]> {
    return this.dataSource.query('SELECT kind, delivery FROM notification_preference WHERE user_id = $1', [userId]);
  }

  async setPreference(userId: string, kind: NotificationKind, delivery: NotificationDelivery): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO notification_preference (user_id, kind, delivery) VALUES ($1, $2, $3)
       ON CONFLICT (user_id, kind) DO UPDATE SET delivery = excluded.delivery, updated_at = now()`,
      [userId, kind, delivery],
    );
  }

  async resetPreference(userId: string, kind: NotificationKind): Promise<void> {
    await this.dataSource.query('DELETE FROM notification_preference WHERE user_id = $1 AND kind = $2', [userId, kind]);
  }

  /**
   * Takes the digest's notifications of every user (locked, so two digest runs share nothing) and marks them
   * digested. A notification already read in the app is marked, and left out of the mail.
   */
  takeDigestItems(): Promise<DigestItem[]> {
    return this.transactions.tx.query(
      `WITH due AS (
         SELECT id FROM notification WHERE delivery = 'DAILY_DIGEST' AND digested_at IS NULL
          ORDER BY user_id, created_at FOR UPDATE SKIP LOCKED
       ), taken AS (
         UPDATE notification n SET digested_at = now() FROM due WHERE n.id = due.id
         RETURNING n.user_id, n.kind, coalesce(n.mail_text, n.message) AS message, n.entity_type, n.entity_id, n.path, n.created_at, n.read_at
       )
       SELECT user_id AS "userId", kind, message, entity_type AS "entityType", entity_id AS "entityId",
              path, created_at AS "createdAt"
         FROM taken WHERE read_at IS NULL ORDER BY user_id, created_at`,
    );
  }
}
