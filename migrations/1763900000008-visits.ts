import { MigrationInterface, QueryRunner } from 'typeorm';

/** Joint employer visits: participants, report, vacancies spotted, follow-up actions and personal calendar feeds. */
export class Visits1763900000008 implements MigrationInterface {
  name = 'Visits1763900000008';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE visit (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        employer_id uuid NOT NULL REFERENCES employer (id),
        region_code text NOT NULL REFERENCES labour_market_region (code),
        starts_at timestamptz NOT NULL,
        ends_at timestamptz NOT NULL,
        location_kind text NOT NULL CHECK (location_kind IN ('AT_EMPLOYER', 'ONLINE', 'ELSEWHERE')),
        location text CHECK (length(location) <= 300),
        purpose text NOT NULL CHECK (length(purpose) BETWEEN 1 AND 300),
        agenda text CHECK (length(agenda) <= 4000),
        status text NOT NULL DEFAULT 'PLANNED' CHECK (status IN ('PLANNED', 'HELD', 'CANCELLED')),
        cancel_reason text CHECK (length(cancel_reason) <= 1000),
        report text CHECK (length(report) <= 10000),
        agreements text CHECK (length(agreements) <= 4000),
        target_group_interest text[] NOT NULL DEFAULT '{}',
        next_contact_on date,
        reported_at timestamptz,
        reported_by uuid REFERENCES app_user (id),
        -- iCalendar SEQUENCE: bumped by every change a calendar should show.
        sequence integer NOT NULL DEFAULT 0,
        version integer NOT NULL DEFAULT 1,
        created_by uuid NOT NULL REFERENCES app_user (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (ends_at > starts_at AND ends_at - starts_at <= interval '12 hours'),
        CHECK ((status = 'CANCELLED') = (cancel_reason IS NOT NULL))
      )`);
    await queryRunner.query(`CREATE INDEX visit_region_start_idx ON visit (region_code, starts_at, id)`);
    await queryRunner.query(`CREATE INDEX visit_employer_start_idx ON visit (employer_id, starts_at)`);

    await queryRunner.query(`
      CREATE TABLE visit_participant (
        visit_id uuid NOT NULL REFERENCES visit (id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES app_user (id),
        organisation_id uuid NOT NULL REFERENCES organisation (id),
        is_lead boolean NOT NULL DEFAULT false,
        PRIMARY KEY (visit_id, user_id)
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX visit_one_lead ON visit_participant (visit_id) WHERE is_lead`);
    await queryRunner.query(`CREATE INDEX visit_participant_user_idx ON visit_participant (user_id, visit_id)`);

    await queryRunner.query(`
      CREATE TABLE visit_vacancy (
        visit_id uuid NOT NULL REFERENCES visit (id) ON DELETE CASCADE,
        vacancy_id uuid NOT NULL REFERENCES vacancy (id) ON DELETE CASCADE,
        PRIMARY KEY (visit_id, vacancy_id)
      )`);

    await queryRunner.query(`
      CREATE TABLE follow_up (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        visit_id uuid NOT NULL REFERENCES visit (id) ON DELETE CASCADE,
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
        owner_id uuid NOT NULL REFERENCES app_user (id),
        due_on date,
        done_at timestamptz,
        done_by uuid REFERENCES app_user (id),
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX follow_up_owner_idx ON follow_up (owner_id, done_at, due_on)`);
    await queryRunner.query(`CREATE INDEX follow_up_visit_idx ON follow_up (visit_id)`);

    // Only a hash of the secret is kept: a leaked table gives no working feed URL.
    await queryRunner.query(`
      CREATE TABLE calendar_feed (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
        token_hash bytea NOT NULL UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now(),
        revoked_at timestamptz
      )`);

    await queryRunner.query(`ALTER TABLE employer_timeline_entry DROP CONSTRAINT employer_timeline_entry_kind_check`);
    await queryRunner.query(`
      ALTER TABLE employer_timeline_entry ADD CONSTRAINT employer_timeline_entry_kind_check CHECK (kind IN (
        'NOTE', 'CREATED', 'UPDATED', 'TEAM_CHANGED', 'MERGED', 'VACANCY_CREATED', 'VACANCY_STATUS', 'VISIT'))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM employer_timeline_entry WHERE kind = 'VISIT'`);
    await queryRunner.query(`ALTER TABLE employer_timeline_entry DROP CONSTRAINT employer_timeline_entry_kind_check`);
    await queryRunner.query(`
      ALTER TABLE employer_timeline_entry ADD CONSTRAINT employer_timeline_entry_kind_check CHECK (kind IN (
        'NOTE', 'CREATED', 'UPDATED', 'TEAM_CHANGED', 'MERGED', 'VACANCY_CREATED', 'VACANCY_STATUS'))`);
    await queryRunner.query(`DROP TABLE calendar_feed`);
    await queryRunner.query(`DROP TABLE follow_up`);
    await queryRunner.query(`DROP TABLE visit_vacancy`);
    await queryRunner.query(`DROP TABLE visit_participant`);
    await queryRunner.query(`DROP TABLE visit`);
  }
}
