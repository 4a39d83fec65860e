import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Rate-limit counters when there is no Redis: one row per hashed key (user or client address) and window.
 * Unlogged: losing counts in a crash only resets the windows, and nothing is written to the WAL for them.
 */
export class RateLimits1763900000011 implements MigrationInterface {
  name = 'RateLimits1763900000011';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE UNLOGGED TABLE rate_limit_window (
        key text PRIMARY KEY,
        hits integer NOT NULL,
        expires_at timestamptz NOT NULL
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE rate_limit_window`);
  }
}
