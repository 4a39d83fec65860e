import { MigrationInterface, QueryRunner } from 'typeorm';

/** The shared employer book of a region (accounts, contacts, account team, timeline) and its vacancies. */
export class EmployersAndVacancies1763900000003 implements MigrationInterface {
  name = 'EmployersAndVacancies1763900000003';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE employer (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        region_code text NOT NULL REFERENCES labour_market_region (code),
        kvk_number text NOT NULL CHECK (kvk_number ~ '^[0-9]{8}$'),
        establishment_number text CHECK (establishment_number ~ '^[0-9]{12}$'),
        legal_name text NOT NULL CHECK (length(legal_name) BETWEEN 1 AND 200),
        trade_name text CHECK (length(trade_name) BETWEEN 1 AND 200),
        sbi_codes text[] NOT NULL DEFAULT '{}' CHECK (cardinality(sbi_codes) <= 10 AND array_to_string(sbi_codes, ',') ~ '^([0-9]{2,5}(,|$))*$'),
        size_class text CHECK (size_class IN ('MICRO', 'SMALL', 'MEDIUM', 'LARGE')),
        street text CHECK (length(street) <= 200),
        house_number text CHECK (length(house_number) <= 20),
        postcode text CHECK (postcode ~ '^[1-9][0-9]{3} ?[A-Z]{2}$'),
        city text CHECK (length(city) <= 100),
        municipality_code text REFERENCES municipality (code),
        website text CHECK (length(website) <= 300),
        key_account boolean NOT NULL DEFAULT false,
        created_by uuid NOT NULL REFERENCES app_user (id),
        merged_into_id uuid REFERENCES employer (id),
        merged_by uuid REFERENCES app_user (id),
        merged_at timestamptz,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        name_search text GENERATED ALWAYS AS (search_normalize(legal_name || ' ' || coalesce(trade_name, ''))) STORED,
        CHECK ((merged_into_id IS NULL) = (merged_at IS NULL) AND (merged_into_id IS NULL) = (merged_by IS NULL)),
        CHECK (merged_into_id IS DISTINCT FROM id)
      )`);
    // One live account per KvK number and region: the shared employer book. A merged account is a tombstone.
    await queryRunner.query(
      `CREATE UNIQUE INDEX employer_region_kvk_key ON employer (region_code, kvk_number) WHERE merged_into_id IS NULL`,
    );
    await queryRunner.query(`CREATE INDEX employer_region_name_idx ON employer (region_code, legal_name, id)`);
    await queryRunner.query(`CREATE INDEX employer_municipality_idx ON employer (municipality_code)`);
    await queryRunner.query(`CREATE INDEX employer_name_search_idx ON employer USING gin (name_search gin_trgm_ops)`);
    await queryRunner.query(`CREATE INDEX employer_sbi_idx ON employer USING gin (sbi_codes)`);

    await queryRunner.query(`
      CREATE TABLE employer_team_member (
        employer_id uuid NOT NULL REFERENCES employer (id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES app_user (id),
        is_lead boolean NOT NULL DEFAULT false,
        added_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (employer_id, user_id)
      )`);
    // "One face to the employer": at most one lead per account.
    await queryRunner.query(
      `CREATE UNIQUE INDEX employer_team_one_lead ON employer_team_member (employer_id) WHERE is_lead`,
    );
    await queryRunner.query(`CREATE INDEX employer_team_user_idx ON employer_team_member (user_id)`);

    await queryRunner.query(`
      CREATE TABLE employer_contact (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        employer_id uuid NOT NULL REFERENCES employer (id) ON DELETE CASCADE,
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        role text CHECK (length(role) <= 200),
        email text CHECK (length(email) <= 254),
        phone text CHECK (length(phone) <= 40),
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX employer_contact_employer_idx ON employer_contact (employer_id, name)`);

    await queryRunner.query(`
      CREATE TABLE employer_timeline_entry (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        employer_id uuid NOT NULL REFERENCES employer (id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('NOTE', 'CREATED', 'UPDATED', 'TEAM_CHANGED', 'MERGED', 'VACANCY_CREATED', 'VACANCY_STATUS')),
        text text NOT NULL CHECK (length(text) BETWEEN 1 AND 4000),
        author_id uuid NOT NULL REFERENCES app_user (id),
        occurred_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(
      `CREATE INDEX employer_timeline_employer_idx ON employer_timeline_entry (employer_id, occurred_at DESC)`,
    );

    await queryRunner.query(`
      CREATE TABLE vacancy (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        employer_id uuid NOT NULL REFERENCES employer (id),
        region_code text NOT NULL REFERENCES labour_market_region (code),
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
        occupation_code text NOT NULL REFERENCES occupation (code) CHECK (length(occupation_code) = 4),
        min_education_level text REFERENCES education_level (code),
        hours_min smallint NOT NULL CHECK (hours_min BETWEEN 1 AND 60),
        hours_max smallint NOT NULL CHECK (hours_max BETWEEN 1 AND 60 AND hours_max >= hours_min),
        municipality_code text NOT NULL REFERENCES municipality (code),
        contract_type text NOT NULL CHECK (contract_type IN ('PERMANENT', 'TEMPORARY', 'TEMP_AGENCY', 'APPRENTICESHIP', 'INTERNSHIP', 'OTHER')),
        start_date date,
        closing_date date CHECK (closing_date IS NULL OR start_date IS NULL OR closing_date <= start_date + interval '2 years'),
        positions smallint NOT NULL DEFAULT 1 CHECK (positions BETWEEN 1 AND 1000),
        driving_licences text[] NOT NULL DEFAULT '{}',
        languages text[] NOT NULL DEFAULT '{}',
        jobs_agreement boolean NOT NULL DEFAULT false,
        description text CHECK (length(description) <= 10000),
        owner_organisation_id uuid NOT NULL REFERENCES organisation (id),
        account_manager_id uuid NOT NULL REFERENCES app_user (id),
        external_reference text CHECK (length(external_reference) BETWEEN 1 AND 100),
        status text NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'ON_HOLD', 'FILLED', 'CLOSED')),
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX vacancy_region_status_idx ON vacancy (region_code, status, created_at, id)`);
    await queryRunner.query(`CREATE INDEX vacancy_employer_idx ON vacancy (employer_id, status)`);
    await queryRunner.query(`CREATE INDEX vacancy_occupation_idx ON vacancy (occupation_code)`);
    // The owner's own reference (from its system or an import): one vacancy per reference and organisation.
    await queryRunner.query(
      `CREATE UNIQUE INDEX vacancy_owner_reference_key ON vacancy (owner_organisation_id, external_reference)`,
    );
    await queryRunner.query(`
      CREATE TABLE vacancy_skill (
        vacancy_id uuid NOT NULL REFERENCES vacancy (id) ON DELETE CASCADE,
        skill_code text NOT NULL REFERENCES skill (code),
        required boolean NOT NULL,
        weight smallint NOT NULL DEFAULT 1 CHECK (weight BETWEEN 1 AND 5),
        PRIMARY KEY (vacancy_id, skill_code)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE vacancy_skill`);
    await queryRunner.query(`DROP TABLE vacancy`);
    await queryRunner.query(`DROP TABLE employer_timeline_entry`);
    await queryRunner.query(`DROP TABLE employer_contact`);
    await queryRunner.query(`DROP TABLE employer_team_member`);
    await queryRunner.query(`DROP TABLE employer`);
  }
}
