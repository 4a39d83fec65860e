import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What the regional reports read. A withdrawn or expired profile is deleted with its interest and proposals
 * (privacy rule 4), so the funnel keeps counts per vacancy and organisation instead, never which candidate.
 * Placements keep the facts reports group by; suggestions the owning organisation.
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

    // What a placement report groups by, fixed when placed: the employer's sector then, the month (stored, so
    // grouping by it costs nothing per row), and for the funnel's time to fill when its vacancy opened.
    await queryRunner.query(`
      ALTER TABLE placement
        ADD COLUMN sbi_section text CHECK (sbi_section ~ '^[A-U]$'),
        ADD COLUMN start_month date GENERATED ALWAYS AS (date_trunc('month', start_date::timestamp)::date) STORED,
        ADD COLUMN vacancy_opened_at timestamptz,
        ADD COLUMN days_to_fill integer`);
    await queryRunner.query(`
      UPDATE placement p
         SET sbi_section = sbi_section(e.sbi_codes[1]), vacancy_opened_at = v.created_at,
             days_to_fill = (p.created_at AT TIME ZONE 'Europe/Amsterdam')::date - (v.created_at AT TIME ZONE 'Europe/Amsterdam')::date
        FROM employer e, vacancy v
       WHERE e.id = p.employer_id AND v.id = p.vacancy_id`);
    await queryRunner.query(`
      ALTER TABLE placement ALTER COLUMN vacancy_opened_at SET NOT NULL, ALTER COLUMN days_to_fill SET NOT NULL`);
    await queryRunner.query(`CREATE INDEX placement_region_opened_idx ON placement (region_code, vacancy_opened_at)`);
    // What followed an employer visit: that employer's vacancies and placements in time.
    await queryRunner.query(`CREATE INDEX placement_employer_created_idx ON placement (employer_id, created_at)`);
    await queryRunner.query(`CREATE INDEX vacancy_employer_created_idx ON vacancy (employer_id, created_at)`);

    await queryRunner.query(
      `ALTER TABLE suggestion ADD COLUMN owner_organisation_id uuid REFERENCES organisation (id)`,
    );
    await queryRunner.query(`
      UPDATE suggestion s SET owner_organisation_id = p.owner_organisation_id
        FROM candidate_profile p WHERE p.id = s.profile_id`);
    await queryRunner.query(`ALTER TABLE suggestion ALTER COLUMN owner_organisation_id SET NOT NULL`);

    // The funnel per vacancy and organisation: candidates on the latest suggestion list (written by matching), and
    // interest and proposals with the furthest stage each reached (counted by the handover). Counts only, so it
    // outlives withdrawn profiles and a report reads one narrow row per vacancy and organisation.
    await queryRunner.query(`
      CREATE TABLE vacancy_funnel (
        vacancy_id uuid NOT NULL REFERENCES vacancy (id) ON DELETE CASCADE,
        owner_organisation_id uuid NOT NULL REFERENCES organisation (id),
        pool text NOT NULL CHECK (pool IN ('UWV', 'MUNICIPALITY')),
        region_code text NOT NULL REFERENCES labour_market_region (code),
        opened_at timestamptz NOT NULL,
        suggested integer NOT NULL DEFAULT 0 CHECK (suggested >= 0),
        interest integer NOT NULL DEFAULT 0 CHECK (interest >= 0),
        proposed integer NOT NULL DEFAULT 0 CHECK (proposed >= 0),
        introduced integer NOT NULL DEFAULT 0 CHECK (introduced >= 0),
        interview integer NOT NULL DEFAULT 0 CHECK (interview >= 0),
        placed integer NOT NULL DEFAULT 0 CHECK (placed >= 0),
        PRIMARY KEY (vacancy_id, owner_organisation_id)
      )`);
    await queryRunner.query(`CREATE INDEX vacancy_funnel_region_opened_idx ON vacancy_funnel (region_code, opened_at)`);
    await queryRunner.query(`
      INSERT INTO vacancy_funnel (vacancy_id, owner_organisation_id, pool, region_code, opened_at,
                                  suggested, interest, proposed, introduced, interview, placed)
      SELECT f.vacancy_id, f.owner_organisation_id, f.pool, v.region_code, v.created_at,
             sum(f.suggested), sum(f.interest), sum(f.proposed), sum(f.introduced), sum(f.interview), sum(f.placed)
        FROM (
          SELECT vacancy_id, owner_organisation_id, pool, 1 AS suggested, 0 AS interest, 0 AS proposed,
                 0 AS introduced, 0 AS interview, 0 AS placed
            FROM suggestion
          UNION ALL
          SELECT i.vacancy_id, p.owner_organisation_id, p.pool, 0, 1, 0, 0, 0, 0
            FROM interest i JOIN candidate_profile p ON p.id = i.profile_id
          UNION ALL
          SELECT pr.vacancy_id, pr.owner_organisation_id, pr.pool, 0, 0, 1,
                 (bool_or(s.to_status IN ('INTRODUCED', 'INTERVIEW', 'PLACED')))::int,
                 (bool_or(s.to_status IN ('INTERVIEW', 'PLACED')))::int, (bool_or(s.to_status = 'PLACED'))::int
            FROM proposal pr JOIN proposal_step s ON s.proposal_id = pr.id
           GROUP BY pr.id) f
        JOIN vacancy v ON v.id = f.vacancy_id
       GROUP BY f.vacancy_id, f.owner_organisation_id, f.pool, v.region_code, v.created_at`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE vacancy_funnel`);
    await queryRunner.query(`ALTER TABLE suggestion DROP COLUMN owner_organisation_id`);
    await queryRunner.query(`DROP INDEX vacancy_employer_created_idx`);
    await queryRunner.query(`DROP INDEX placement_employer_created_idx`);
    await queryRunner.query(`DROP INDEX placement_region_opened_idx`);
    await queryRunner.query(
      `ALTER TABLE placement DROP COLUMN sbi_section, DROP COLUMN start_month, DROP COLUMN vacancy_opened_at, DROP COLUMN days_to_fill`,
    );
    await queryRunner.query(`DROP FUNCTION sbi_section(text)`);
  }
}
