import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A candidate may mark their hours as flexible: the matching's minimum overlap of hours does not apply to them.
 * The flag joins the stored match facts as their last field (read as "not flexible" where a line lacks it).
 */
export class FlexibleHours1763900000021 implements MigrationInterface {
  name = 'FlexibleHours1763900000021';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE candidate_profile ADD COLUMN hours_flexible boolean NOT NULL DEFAULT false`);
    await queryRunner.query(matchFactsFunction(true));
    await queryRunner.query(`UPDATE candidate_profile p SET match_facts = candidate_match_facts(p)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(matchFactsFunction(false));
    await queryRunner.query(`UPDATE candidate_profile p SET match_facts = candidate_match_facts(p)`);
    await queryRunner.query(`ALTER TABLE candidate_profile DROP COLUMN hours_flexible`);
  }
}

/** The match facts line of migration 10, with the flexible-hours flag at its end when `withFlexibleHours`. */
function matchFactsFunction(withFlexibleHours: boolean): string {
  return `
    CREATE OR REPLACE FUNCTION candidate_match_facts(p candidate_profile) RETURNS text
      LANGUAGE sql STABLE AS $$
      -- array_to_string with a null string: an empty field stays in its place (concat_ws would drop it).
      SELECT array_to_string(ARRAY[
        p.pool, p.region_code, to_char(p.expires_on, 'YYYY-MM-DD'),
        array_to_string(p.occupation_codes, ','), array_to_string(p.skill_codes, ','),
        (SELECT nlqf FROM education_level WHERE code = p.education_level)::text,
        p.hours_min::text, p.hours_max::text,
        (extract(year FROM p.available_from)::int * 12 + extract(month FROM p.available_from)::int - 1)::text,
        p.travel_radius_km::text, array_to_string(p.driving_licences, ','), array_to_string(p.languages, ','),
        CASE WHEN 'JOBS_AGREEMENT' = ANY (p.target_groups) THEN '1' ELSE '0' END,
        CASE WHEN 'MAX_WW' = ANY (p.target_groups)
             THEN (extract(year FROM p.ww_end_month)::int * 12 + extract(month FROM p.ww_end_month)::int - 1)::text END
        ${withFlexibleHours ? `, CASE WHEN p.hours_flexible THEN '1' ELSE '0' END` : ''}
      ], '|', '')
    $$`;
}
