import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What the regional reports read. A withdrawn or expired profile is deleted with its interest and proposals
 * (privacy rule 4), so the funnel keeps its own anonymous record of each handover: which vacancy, which
 * organisation's pool and how far it got, never which candidate. Placements get the employer's sector at the
 * moment of placing, and suggestions the owning organisation, so reports group without joining profiles.
 */
export class Reports1763900000009 implements MigrationInterface {
  name = 'Reports1763900000009';

  async up(queryRunner: QueryRunner): Promise<void> {
    // SBI 2008 follows NACE rev. 2: the first two digits (the division) decide the section letter.
    await queryRunner.query(`
      CREATE FUNCTION sbi_section(sbi_code text) RETURNS text
        LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT CASE
          WHEN division BETWEEN 1 AND 3 THEN 'A' WHEN division BETWEEN 6 AND 9 THEN 'B'
          WHEN division BETWEEN 10 AND 33 THEN 'C' WHEN division = 35 THEN 'D'
          WHEN division BETWEEN 36 AND 39 THEN 'E' WHEN division BETWEEN 41 AND 43 THEN 'F'
          WHEN division BETWEEN 45 AND 47 THEN 'G' WHEN division BETWEEN 49 AND 53 THEN 'H'
          WHEN division BETWEEN 55 AND 56 THEN 'I' WHEN division BETWEEN 58 AND 63 THEN 'J'
          WHEN division BETWEEN 64 AND 66 THEN 'K' WHEN division = 68 THEN 'L'
          WHEN division BETWEEN 69 AND 75 THEN 'M' WHEN division BETWEEN 77 AND 82 THEN 'N'
          WHEN division = 84 THEN 'O' WHEN division = 85 THEN 'P'
          WHEN division BETWEEN 86 AND 88 THEN 'Q' WHEN division BETWEEN 90 AND 93 THEN 'R'
          WHEN division BETWEEN 94 AND 96 THEN 'S' WHEN division BETWEEN 97 AND 98 THEN 'T'
          WHEN division = 99 THEN 'U'
        END
        FROM (SELECT substr(sbi_code, 1, 2)::int AS division) d
      $$`);

    await queryRunner.query(`ALTER TABLE placement ADD COLUMN sbi_section text CHECK (sbi_section ~ '^[A-U]$')`);
    await queryRunner.query(`
      UPDATE placement p SET sbi_section = sbi_section(e.sbi_codes[1]) FROM employer e WHERE e.id = p.employer_id`);

    await queryRunner.query(
      `ALTER TABLE suggestion ADD COLUMN owner_organisation_id uuid REFERENCES organisation (id)`,
    );
    await queryRunner.query(`
      UPDATE suggestion s SET owner_organisation_id = p.owner_organisation_id
        FROM candidate_profile p WHERE p.id = s.profile_id`);
    await queryRunner.query(`ALTER TABLE suggestion ALTER COLUMN owner_organisation_id SET NOT NULL`);

    // One row per interest and per proposal, with the furthest stage reached; it outlives the profile.
    await queryRunner.query(`
      CREATE TABLE handover_outcome (
        id uuid PRIMARY KEY,
        kind text NOT NULL CHECK (kind IN ('INTEREST', 'PROPOSAL')),
        region_code text NOT NULL REFERENCES labour_market_region (code),
        vacancy_id uuid NOT NULL REFERENCES vacancy (id) ON DELETE CASCADE,
        owner_organisation_id uuid NOT NULL REFERENCES organisation (id),
        pool text NOT NULL CHECK (pool IN ('UWV', 'MUNICIPALITY')),
        stage text NOT NULL CHECK (stage IN ('INTEREST', 'PROPOSED', 'INTRODUCED', 'INTERVIEW', 'PLACED')),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((kind = 'INTEREST') = (stage = 'INTEREST'))
      )`);
    await queryRunner.query(`CREATE INDEX handover_outcome_vacancy_idx ON handover_outcome (vacancy_id)`);
    await queryRunner.query(`
      INSERT INTO handover_outcome (id, kind, region_code, vacancy_id, owner_organisation_id, pool, stage, created_at)
      SELECT i.id, 'INTEREST', v.region_code, i.vacancy_id, p.owner_organisation_id, p.pool, 'INTEREST', i.created_at
        FROM interest i JOIN vacancy v ON v.id = i.vacancy_id JOIN candidate_profile p ON p.id = i.profile_id`);
    await queryRunner.query(`
      INSERT INTO handover_outcome (id, kind, region_code, vacancy_id, owner_organisation_id, pool, stage, created_at)
      SELECT pr.id, 'PROPOSAL', v.region_code, pr.vacancy_id, pr.owner_organisation_id, pr.pool,
             CASE WHEN bool_or(s.to_status = 'PLACED') THEN 'PLACED'
                  WHEN bool_or(s.to_status = 'INTERVIEW') THEN 'INTERVIEW'
                  WHEN bool_or(s.to_status = 'INTRODUCED') THEN 'INTRODUCED'
                  ELSE 'PROPOSED' END,
             pr.created_at
        FROM proposal pr JOIN vacancy v ON v.id = pr.vacancy_id JOIN proposal_step s ON s.proposal_id = pr.id
       GROUP BY pr.id, v.region_code`);

    // The funnel's cohort: vacancies opened in a period, whatever their status now.
    await queryRunner.query(`CREATE INDEX vacancy_region_created_idx ON vacancy (region_code, created_at)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX vacancy_region_created_idx`);
    await queryRunner.query(`DROP TABLE handover_outcome`);
    await queryRunner.query(`ALTER TABLE suggestion DROP COLUMN owner_organisation_id`);
    await queryRunner.query(`ALTER TABLE placement DROP COLUMN sbi_section`);
    await queryRunner.query(`DROP FUNCTION sbi_section(text)`);
  }
}
