import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * When a candidate was first suggested for a vacancy: a run refreshes `computed_at` on every rematch, so "new
 * suggestions on my vacancies" needs the first time apart. Existing suggestions count as first seen now.
 */
export class SuggestionFirstSeen1763900000016 implements MigrationInterface {
  name = 'SuggestionFirstSeen1763900000016';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE suggestion ADD COLUMN first_suggested_at timestamptz NOT NULL DEFAULT now()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE suggestion DROP COLUMN first_suggested_at`);
  }
}
