import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Anonymised candidate profiles, the append-only audit log and in-app notifications.
 * A profile has no column for a name, BSN, birth date, address, phone, e-mail or client number: the
 * owner's client number is kept only as a keyed hash (HMAC-SHA-256, per-organisation secret).
 */
export class CandidateProfiles1763900000005 implements MigrationInterface {
  name = 'CandidateProfiles1763900000005';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE audit_event (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        occurred_at timestamptz NOT NULL DEFAULT now(),
        -- No actor: the system acted (the retention job).
        actor_user_id uuid REFERENCES app_user (id),
        actor_organisation_id uuid REFERENCES organisation (id),
        action text NOT NULL CHECK (action ~ '^[A-Z_]{2,40}$'),
        entity_type text NOT NULL CHECK (entity_type ~ '^[A-Z_]{2,40}$'),
        entity_id uuid NOT NULL,
        -- The organisation that owns the entity (a profile's owner), so its admin sees who read its profiles.
        owner_organisation_id uuid REFERENCES organisation (id),
        purpose text NOT NULL CHECK (length(purpose) BETWEEN 1 AND 200),
        CHECK ((actor_user_id IS NULL) = (actor_organisation_id IS NULL))
      )`);
    await queryRunner.query(
      `CREATE INDEX audit_event_actor_org_idx ON audit_event (actor_organisation_id, occurred_at DESC, id DESC)`,
    );
    await queryRunner.query(
      `CREATE INDEX audit_event_owner_org_idx ON audit_event (owner_organisation_id, occurred_at DESC, id DESC)`,
    );
    await queryRunner.query(`CREATE INDEX audit_event_entity_idx ON audit_event (entity_id)`);
    // Append-only, whoever connects: the application's own database user cannot rewrite history either.
    await queryRunner.query(`
      CREATE FUNCTION audit_event_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_event is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER audit_event_no_update_delete BEFORE UPDATE OR DELETE ON audit_event
        FOR EACH ROW EXECUTE FUNCTION audit_event_is_append_only()`);
    await queryRunner.query(`
      CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event
        FOR EACH STATEMENT EXECUTE FUNCTION audit_event_is_append_only()`);

    await queryRunner.query(`
      CREATE TABLE candidate_profile (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        public_code text NOT NULL UNIQUE CHECK (public_code ~ '^K-[0-9A-Z]{4}-[0-9A-Z]{4}$'),
        owner_organisation_id uuid NOT NULL REFERENCES organisation (id),
        pool text NOT NULL CHECK (pool IN ('UWV', 'MUNICIPALITY')),
        region_code text NOT NULL REFERENCES labour_market_region (code),
        coach_id uuid NOT NULL REFERENCES app_user (id),
        owner_reference bytea CHECK (length(owner_reference) = 32),
        occupation_codes text[] NOT NULL DEFAULT '{}' CHECK (cardinality(occupation_codes) <= 5),
        skill_codes text[] NOT NULL DEFAULT '{}' CHECK (cardinality(skill_codes) <= 30),
        education_level text REFERENCES education_level (code),
        experience_band text CHECK (experience_band IN ('NONE', 'UNDER_1_YEAR', 'YEARS_1_TO_3', 'YEARS_3_TO_10', 'OVER_10_YEARS')),
        hours_min smallint CHECK (hours_min BETWEEN 1 AND 60),
        hours_max smallint CHECK (hours_max BETWEEN 1 AND 60 AND hours_max >= hours_min),
        available_from date CHECK (extract(day FROM available_from) = 1),
        municipality_code text NOT NULL REFERENCES municipality (code),
        travel_radius_km smallint NOT NULL DEFAULT 15 CHECK (travel_radius_km BETWEEN 0 AND 200),
        driving_licences text[] NOT NULL DEFAULT '{}',
        languages text[] NOT NULL DEFAULT '{}',
        target_groups text[] NOT NULL DEFAULT '{}',
        ww_end_month date CHECK (extract(day FROM ww_end_month) = 1),
        age_band text CHECK (age_band IN ('UNDER_27', 'FROM_27_TO_49', 'FROM_50')),
        pitch text CHECK (length(pitch) <= 1000),
        internal_note text CHECK (length(internal_note) <= 2000),
        legal_basis text NOT NULL CHECK (legal_basis IN ('CONSENT', 'PUBLIC_TASK')),
        legal_basis_recorded_at timestamptz NOT NULL,
        legal_basis_recorded_by uuid NOT NULL REFERENCES app_user (id),
        expires_on date NOT NULL,
        status text NOT NULL CHECK (status IN ('ACTIVE', 'PAUSED', 'PLACED')),
        -- The expiry date the owner was last reminded of, so a renewed profile is reminded again.
        expiry_reminded_for date,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        created_by uuid NOT NULL REFERENCES app_user (id),
        CHECK (ww_end_month IS NOT NULL OR NOT ('MAX_WW' = ANY (target_groups))),
        -- A shared profile has what matching needs.
        CHECK (status <> 'ACTIVE' OR (cardinality(occupation_codes) >= 1 AND education_level IS NOT NULL
               AND hours_min IS NOT NULL AND available_from IS NOT NULL))
      )`);
    // One profile per client per organisation, found by the keyed hash of the owner's client number.
    await queryRunner.query(
      `CREATE UNIQUE INDEX candidate_profile_owner_reference_key ON candidate_profile (owner_organisation_id, owner_reference)
        WHERE owner_reference IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX candidate_profile_owner_idx ON candidate_profile (owner_organisation_id, updated_at DESC, id DESC)`,
    );
    await queryRunner.query(
      `CREATE INDEX candidate_profile_region_status_idx ON candidate_profile (region_code, status)`,
    );
    await queryRunner.query(`CREATE INDEX candidate_profile_expiry_idx ON candidate_profile (expires_on)`);
    // The matching prefilter: profiles that seek an occupation or have a skill of a vacancy.
    await queryRunner.query(
      `CREATE INDEX candidate_profile_occupations_idx ON candidate_profile USING gin (occupation_codes)`,
    );
    await queryRunner.query(`CREATE INDEX candidate_profile_skills_idx ON candidate_profile USING gin (skill_codes)`);

    await queryRunner.query(`
      CREATE TABLE notification (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind ~ '^[A-Z_]{2,40}$'),
        message text NOT NULL CHECK (length(message) BETWEEN 1 AND 500),
        entity_type text,
        entity_id uuid,
        -- Makes a reminder idempotent: the same key for the same user is stored once.
        dedupe_key text,
        created_at timestamptz NOT NULL DEFAULT now(),
        read_at timestamptz
      )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX notification_dedupe_key ON notification (user_id, dedupe_key) WHERE dedupe_key IS NOT NULL`,
    );
    await queryRunner.query(`CREATE INDEX notification_user_idx ON notification (user_id, created_at DESC, id DESC)`);
    await queryRunner.query(`CREATE INDEX notification_entity_idx ON notification (entity_id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE notification`);
    await queryRunner.query(`DROP TABLE candidate_profile`);
    await queryRunner.query(`DROP TABLE audit_event`);
    await queryRunner.query(`DROP FUNCTION audit_event_is_append_only()`);
  }
}
