import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Notifications that reach people: how each notification is delivered (decided from the user's preference when
 * it is made), the preferences themselves, the mail outbox (one row per message, written in the transaction of
 * its cause, sent by a queue job) and addresses the mail server refused, for the user's administrator.
 */
export class Mail1763900000017 implements MigrationInterface {
  name = 'Mail1763900000017';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE notification
        ADD COLUMN delivery text NOT NULL DEFAULT 'IN_APP_ONLY'
          CHECK (delivery IN ('IMMEDIATE', 'DAILY_DIGEST', 'IN_APP_ONLY')),
        ADD COLUMN digested_at timestamptz,
        -- Where in the web app its user acts on it; mails link there.
        ADD COLUMN path text CHECK (path ~ '^/[^/]'),
        -- The text mail carries when the message holds more than a mail may (a free-text reason about a candidate).
        ADD COLUMN mail_text text`);
    await queryRunner.query(
      `CREATE INDEX notification_digest_due ON notification (user_id, created_at)
        WHERE delivery = 'DAILY_DIGEST' AND digested_at IS NULL`,
    );
    await queryRunner.query(`
      CREATE TABLE notification_preference (
        user_id uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind ~ '^[A-Z_]{2,40}$'),
        delivery text NOT NULL CHECK (delivery IN ('IMMEDIATE', 'DAILY_DIGEST', 'IN_APP_ONLY')),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (user_id, kind)
      )`);
    await queryRunner.query(`
      CREATE TABLE mail_message (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind ~ '^[A-Z_]{2,40}$'),
        -- What the message is about, so that removing that record removes its messages too.
        entity_id uuid,
        recipient text NOT NULL CHECK (length(recipient) BETWEEN 3 AND 320),
        subject text NOT NULL CHECK (length(subject) BETWEEN 1 AND 200),
        text_body text NOT NULL,
        html_body text NOT NULL,
        calendar_method text CHECK (calendar_method IN ('REQUEST', 'CANCEL')),
        calendar text,
        status text NOT NULL DEFAULT 'QUEUED' CHECK (status IN ('QUEUED', 'SENT', 'UNDELIVERABLE')),
        attempts int NOT NULL DEFAULT 0,
        last_attempt_at timestamptz,
        last_error text,
        created_at timestamptz NOT NULL DEFAULT now(),
        sent_at timestamptz,
        CHECK ((calendar IS NULL) = (calendar_method IS NULL))
      )`);
    await queryRunner.query(`CREATE INDEX mail_message_waiting ON mail_message (created_at) WHERE status = 'QUEUED'`);
    await queryRunner.query(`CREATE INDEX mail_message_entity ON mail_message (entity_id) WHERE entity_id IS NOT NULL`);
    await queryRunner.query(`CREATE INDEX mail_message_user ON mail_message (user_id, created_at DESC)`);
    await queryRunner.query(`
      CREATE TABLE mail_address_problem (
        user_id uuid PRIMARY KEY REFERENCES app_user (id) ON DELETE CASCADE,
        address text NOT NULL,
        reason text NOT NULL CHECK (length(reason) BETWEEN 1 AND 500),
        detected_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE mail_address_problem`);
    await queryRunner.query(`DROP TABLE mail_message`);
    await queryRunner.query(`DROP TABLE notification_preference`);
    await queryRunner.query(`DROP INDEX notification_digest_due`);
    await queryRunner.query(
      `ALTER TABLE notification DROP COLUMN delivery, DROP COLUMN digested_at, DROP COLUMN path, DROP COLUMN mail_text`,
    );
  }
}
