import { Transactions } from '@wsp/platform';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { MailProblem, NotificationKind } from '../notification.models';

export type CalendarMethod = 'REQUEST' | 'CANCEL';

/** A message to be sent, as the outbox stores it. */
export interface NewMail {
  userId: string;
  kind: NotificationKind | 'DIGEST';
  entityId: string | null;
  recipient: string;
  subject: string;
  text: string;
  html: string;
  calendar: { method: CalendarMethod; content: string } | null;
}

export interface MailRow {
  id: string;
  userId: string;
  recipient: string;
  subject: string;
  text: string;
  html: string;
  calendarMethod: CalendarMethod | null;
  calendar: string | null;
  status: 'QUEUED' | 'SENT' | 'UNDELIVERABLE';
  attempts: number;
}

export interface Recipient {
  email: string;
  displayName: string;
  active: boolean;
}

export interface MailCounts {
  queued: number;
  sent: number;
  undeliverable: number;
  /** Seconds the oldest waiting message has waited; 0 when none waits. */
  oldestQueuedSeconds: number;
}

/** The mail outbox (`mail_message`) and the refused addresses (`mail_address_problem`). */
@Injectable()
export class MailRepository {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly transactions: Transactions,
  ) {}

  /** Who a user's mail goes to (read from the directory's table). */
  async recipientOf(userId: string): Promise<Recipient | undefined> {
    const [row]: Recipient[] = await this.transactions.tx.query(
      'SELECT email, display_name AS "displayName", active FROM app_user WHERE id = $1',
      [userId],
    );
    return row;
  }

  async insert(mail: NewMail): Promise<string> {
    const [row]: { id: string }[] = await this.transactions.tx.query(
      `INSERT INTO mail_message (user_id, kind, entity_id, recipient, subject, text_body, html_body, calendar_method, calendar)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
      [
        mail.userId,
        mail.kind,
        mail.entityId,
        mail.recipient,
        mail.subject,
        mail.text,
        mail.html,
        mail.calendar?.method ?? null,
        mail.calendar?.content ?? null,
      ],
    );
    return row.id;
  }

  /** The message, locked until the transaction ends: a second sender waits, then finds it sent. */
  async lockForSending(id: string): Promise<MailRow | undefined> {
    const [row]: MailRow[] = await this.transactions.tx.query(
      `SELECT id, user_id AS "userId", recipient, subject, text_body AS text, html_body AS html,
              calendar_method AS "calendarMethod", calendar, status, attempts
         FROM mail_message WHERE id = $1 FOR UPDATE`,
      [id],
    );
    return row;
  }

  /** Sent: and the user's address works, whatever was refused before. */
  async markSent(mail: MailRow): Promise<void> {
    await this.transactions.tx.query(
      `UPDATE mail_message SET status = 'SENT', sent_at = now(), attempts = attempts + 1, last_attempt_at = now(),
              last_error = NULL
        WHERE id = $1`,
      [mail.id],
    );
    await this.transactions.tx.query('DELETE FROM mail_address_problem WHERE user_id = $1 AND address = $2', [
      mail.userId,
      mail.recipient,
    ]);
  }

  async markAttemptFailed(id: string, error: string): Promise<void> {
    await this.transactions.tx.query(
      `UPDATE mail_message SET attempts = attempts + 1, last_attempt_at = now(), last_error = left($2, 500)
        WHERE id = $1`,
      [id, error],
    );
  }

  /** The server refused the address for good: the message is not retried and the address is marked on its user. */
  async markUndeliverable(mail: MailRow, reason: string): Promise<void> {
    await this.transactions.tx.query(
      `UPDATE mail_message SET status = 'UNDELIVERABLE', attempts = attempts + 1, last_attempt_at = now(),
              last_error = left($2, 500)
        WHERE id = $1`,
      [mail.id, reason],
    );
    await this.transactions.tx.query(
      `INSERT INTO mail_address_problem (user_id, address, reason) VALUES ($1, $2, left($3, 500))
       ON CONFLICT (user_id) DO UPDATE SET address = excluded.address, reason = excluded.reason, detected_at = now()`,
      [mail.userId, mail.recipient, reason],
    );
  }

  /** Waiting messages whose last attempt is older than `retryAfterMs` (the queue gave up on them), oldest first. */
  waitingForRetry(retryAfterMs: number, limit: number): Promise<{ id: string; attempts: number }[]> {
    return this.dataSource.query(
      `SELECT id, attempts FROM mail_message
        WHERE status = 'QUEUED' AND coalesce(last_attempt_at, created_at) < now() - $1 * interval '1 millisecond'
        ORDER BY created_at LIMIT $2`,
      [retryAfterMs, limit],
    );
  }

  /** Sent and refused messages are kept `days` days, for questions about them; then they go. */
  async purgeFinished(days: number): Promise<number> {
    const [, deleted]: [unknown, number] = await this.dataSource.query(
      `DELETE FROM mail_message WHERE status <> 'QUEUED' AND created_at < now() - $1 * interval '1 day'`,
      [days],
    );
    return deleted;
  }

  async counts(): Promise<MailCounts> {
    const [row]: MailCounts[] = await this.dataSource.query(
      `SELECT count(*) FILTER (WHERE status = 'QUEUED')::int AS queued,
              count(*) FILTER (WHERE status = 'SENT')::int AS sent,
              count(*) FILTER (WHERE status = 'UNDELIVERABLE')::int AS undeliverable,
              coalesce(extract(epoch FROM now() - min(created_at) FILTER (WHERE status = 'QUEUED')), 0)::float8
                AS "oldestQueuedSeconds"
         FROM mail_message`,
    );
    return row;
  }

  problemsOf(userIds: readonly string[]): Promise<(MailProblem & { userId: string })[]> {
    return this.dataSource.query(
      `SELECT user_id AS "userId", address, reason, detected_at AS "detectedAt"
         FROM mail_address_problem WHERE user_id = ANY($1)`,
      [userIds],
    );
  }
}
