import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What matching reads of a profile, kept as one line of text beside it. Sending tens of thousands of candidates
 * column by column (arrays as JSON, dates as text) cost matching several times its scan; one stored text column
 * costs little more than the id. A trigger keeps it current, so no write path can forget it. The format is read
 * by parseMatchFacts (libs/matching): fields separated by "|", lists by ",", months as year * 12 + month - 1.
 */
export class CandidateMatchFacts1763900000010 implements MigrationInterface {
  name = 'CandidateMatchFacts1763900000010';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION candidate_match_facts(p candidate_profile) RETURNS text
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
        ], '|', '')
      $$`);
    await queryRunner.query(`ALTER TABLE candidate_profile ADD COLUMN match_facts text`);
    await queryRunner.query(`
      CREATE FUNCTION candidate_profile_match_facts() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          NEW.match_facts := candidate_match_facts(NEW);
          RETURN NEW;
        END
      $$`);
    await queryRunner.query(`
      CREATE TRIGGER candidate_profile_match_facts BEFORE INSERT OR UPDATE ON candidate_profile
        FOR EACH ROW EXECUTE FUNCTION candidate_profile_match_facts()`);
    await queryRunner.query(`UPDATE candidate_profile p SET match_facts = candidate_match_facts(p)`);
    await queryRunner.query(`ALTER TABLE candidate_profile ALTER COLUMN match_facts SET NOT NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER candidate_profile_match_facts ON candidate_profile`);
    await queryRunner.query(`DROP FUNCTION candidate_profile_match_facts()`);
    await queryRunner.query(`ALTER TABLE candidate_profile DROP COLUMN match_facts`);
    await queryRunner.query(`DROP FUNCTION candidate_match_facts(candidate_profile)`);
  }
}
