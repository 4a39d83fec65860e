import { MigrationInterface, QueryRunner } from 'typeorm';

/** The directory: labour market regions, municipalities, partner organisations and their users. */
export class Directory1763900000000 implements MigrationInterface {
  name = 'Directory1763900000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE labour_market_region (
        code text PRIMARY KEY CHECK (code ~ '^[A-Z0-9_]{2,40}$'),
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200)
      )`);
    await queryRunner.query(`
      CREATE TABLE municipality (
        code text PRIMARY KEY CHECK (code ~ '^GM[0-9]{4}$'),
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        region_code text NOT NULL REFERENCES labour_market_region (code)
      )`);
    await queryRunner.query(`CREATE INDEX municipality_region_idx ON municipality (region_code, name)`);
    await queryRunner.query(`
      CREATE TABLE organisation (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kind text NOT NULL CHECK (kind IN ('UWV', 'MUNICIPALITY')),
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        slug text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9-]{2,40}$'),
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`
      CREATE TABLE organisation_region (
        organisation_id uuid NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
        region_code text NOT NULL REFERENCES labour_market_region (code),
        PRIMARY KEY (organisation_id, region_code)
      )`);
    await queryRunner.query(`CREATE INDEX organisation_region_region_idx ON organisation_region (region_code)`);
    await queryRunner.query(`
      CREATE TABLE organisation_municipality (
        organisation_id uuid NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
        municipality_code text NOT NULL REFERENCES municipality (code),
        PRIMARY KEY (organisation_id, municipality_code)
      )`);
    await queryRunner.query(`
      CREATE TABLE app_user (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        subject text NOT NULL UNIQUE CHECK (length(subject) BETWEEN 1 AND 255),
        display_name text NOT NULL CHECK (length(display_name) BETWEEN 1 AND 200),
        email text NOT NULL CHECK (email ~ '^[^@\\s]+@[^@\\s]+$' AND length(email) <= 254),
        organisation_id uuid NOT NULL REFERENCES organisation (id),
        roles text[] NOT NULL CHECK (
          cardinality(roles) >= 1
          AND roles <@ ARRAY['ACCOUNT_MANAGER', 'JOB_COACH', 'REGIONAL_DIRECTOR', 'ADMIN']::text[]
        ),
        active boolean NOT NULL DEFAULT true,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX app_user_email_key ON app_user (lower(email))`);
    await queryRunner.query(`CREATE INDEX app_user_organisation_idx ON app_user (organisation_id, display_name, id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE app_user`);
    await queryRunner.query(`DROP TABLE organisation_municipality`);
    await queryRunner.query(`DROP TABLE organisation_region`);
    await queryRunner.query(`DROP TABLE organisation`);
    await queryRunner.query(`DROP TABLE municipality`);
    await queryRunner.query(`DROP TABLE labour_market_region`);
  }
}
