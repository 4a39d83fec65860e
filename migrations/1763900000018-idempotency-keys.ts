import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Idempotency keys of create mutations: per user, the key a client sent with a create and the record it made, so a
 * retry with the same key (after a timeout) returns that record and writes nothing. Kept 24 hours.
 */
export class IdempotencyKeys1763900000018 implements MigrationInterface {
  name = 'IdempotencyKeys1763900000018';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE idempotency_key (
        user_id uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
        key text NOT NULL CHECK (key ~ '^[A-Za-z0-9_-]{8,100}$'),
        operation text NOT NULL CHECK (operation ~ '^[A-Za-z]{2,60}$'),
        record_id uuid NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (user_id, key)
      )`);
    await queryRunner.query(`CREATE INDEX idempotency_key_created ON idempotency_key (created_at)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE idempotency_key`);
  }
}
