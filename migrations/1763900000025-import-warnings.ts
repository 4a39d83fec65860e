import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What an import changed in a row it took (a 7-digit KvK number given its leading 0): line, column and what was
 * done, never a cell's value, like the refusals in `errors`.
 */
export class ImportWarnings1763900000025 implements MigrationInterface {
  name = 'ImportWarnings1763900000025';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE employer_import ADD COLUMN warnings jsonb NOT NULL DEFAULT '[]'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE employer_import DROP COLUMN warnings`);
  }
}
