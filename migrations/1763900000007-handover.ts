import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The warm handover: an account manager's interest in a suggested candidate, the owning job coach's proposal
 * with each of its steps, and placements. A placement keeps only anonymous facts, so it outlives the profile.
 */
export class Handover1763900000007 implements MigrationInterface {
  name = 'Handover1763900000007';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE interest (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        vacancy_id uuid NOT NULL REFERENCES vacancy (id) ON DELETE CASCADE,
        profile_id uuid NOT NULL REFERENCES candidate_profile (id) ON DELETE CASCADE,
        expressed_by uuid NOT NULL REFERENCES app_user (id),
        note text CHECK (length(note) <= 1000),
        status text NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'PROPOSED', 'DECLINED')),
        decline_reason text CHECK (length(decline_reason) <= 1000),
        resolved_by uuid REFERENCES app_user (id),
        resolved_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (vacancy_id, profile_id)
      )`);
    await queryRunner.query(`CREATE INDEX interest_profile_idx ON interest (profile_id)`);

    await queryRunner.query(`
      CREATE TABLE proposal (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        vacancy_id uuid NOT NULL REFERENCES vacancy (id) ON DELETE CASCADE,
        profile_id uuid NOT NULL REFERENCES candidate_profile (id) ON DELETE CASCADE,
        owner_organisation_id uuid NOT NULL REFERENCES organisation (id),
        pool text NOT NULL CHECK (pool IN ('UWV', 'MUNICIPALITY')),
        proposed_by uuid NOT NULL REFERENCES app_user (id),
        motivation text NOT NULL CHECK (length(motivation) BETWEEN 1 AND 2000),
        status text NOT NULL CHECK (status IN ('PROPOSED', 'INTRODUCED', 'INTERVIEW', 'PLACED', 'REJECTED', 'WITHDRAWN')),
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (vacancy_id, profile_id)
      )`);
    await queryRunner.query(`CREATE INDEX proposal_profile_idx ON proposal (profile_id)`);

    await queryRunner.query(`
      CREATE TABLE proposal_step (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        proposal_id uuid NOT NULL REFERENCES proposal (id) ON DELETE CASCADE,
        from_status text,
        to_status text NOT NULL,
        actor_id uuid NOT NULL REFERENCES app_user (id),
        reason text CHECK (length(reason) <= 1000),
        occurred_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX proposal_step_proposal_idx ON proposal_step (proposal_id, occurred_at)`);

    await queryRunner.query(`
      CREATE TABLE placement (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        vacancy_id uuid NOT NULL REFERENCES vacancy (id),
        employer_id uuid NOT NULL REFERENCES employer (id),
        region_code text NOT NULL REFERENCES labour_market_region (code),
        pool text NOT NULL CHECK (pool IN ('UWV', 'MUNICIPALITY')),
        owner_organisation_id uuid NOT NULL REFERENCES organisation (id),
        -- Kept anonymous: the profile and proposal may be withdrawn later; the placement stays as a count.
        profile_id uuid REFERENCES candidate_profile (id) ON DELETE SET NULL,
        proposal_id uuid REFERENCES proposal (id) ON DELETE SET NULL,
        occupation_code text NOT NULL,
        contract_type text NOT NULL,
        start_date date NOT NULL,
        hours_per_week smallint NOT NULL CHECK (hours_per_week BETWEEN 1 AND 60),
        via_joint_visit boolean NOT NULL DEFAULT false,
        target_groups text[] NOT NULL DEFAULT '{}',
        max_ww boolean NOT NULL,
        placed_before_ww_end boolean,
        created_by uuid NOT NULL REFERENCES app_user (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK (max_ww = (placed_before_ww_end IS NOT NULL))
      )`);
    await queryRunner.query(`CREATE INDEX placement_region_start_idx ON placement (region_code, start_date)`);
    await queryRunner.query(`CREATE INDEX placement_vacancy_idx ON placement (vacancy_id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE placement`);
    await queryRunner.query(`DROP TABLE proposal_step`);
    await queryRunner.query(`DROP TABLE proposal`);
    await queryRunner.query(`DROP TABLE interest`);
  }
}
