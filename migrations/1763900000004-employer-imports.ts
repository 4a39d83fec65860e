import { MigrationInterface, QueryRunner } from 'typeorm';

/** Imports of an organisation's own export of employers, contacts or vacancies, run as queue jobs. */
export class EmployerImports1763900000004 implements MigrationInterface {
  name = 'EmployerImports1763900000004';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE employer_import (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisation (id),
        region_code text NOT NULL REFERENCES labour_market_region (code),
        kind text NOT NULL CHECK (kind IN ('EMPLOYERS', 'CONTACTS', 'VACANCIES')),
        file_name text NOT NULL CHECK (length(file_name) BETWEEN 1 AND 200),
        content bytea NOT NULL,
        checksum text NOT NULL,
        status text NOT NULL DEFAULT 'QUEUED' CHECK (status IN ('QUEUED', 'RUNNING', 'COMPLETED', 'FAILED')),
        rows_total integer NOT NULL DEFAULT 0,
        rows_done integer NOT NULL DEFAULT 0,
        rows_changed integer NOT NULL DEFAULT 0,
        rows_failed integer NOT NULL DEFAULT 0,
        errors jsonb NOT NULL DEFAULT '[]',
        failure text,
        created_by uuid NOT NULL REFERENCES app_user (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        finished_at timestamptz
      )`);
    await queryRunner.query(
      `CREATE INDEX employer_import_organisation_idx ON employer_import (organisation_id, created_at DESC, id)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE employer_import`);
  }
}
