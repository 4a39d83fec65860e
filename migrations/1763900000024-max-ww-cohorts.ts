import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every Max-WW candidate in a cohort with one outcome (docs/REPORTS.md). A profile keeps the day it entered the
 * Max-WW pool and the day its work started; when a profile is deleted, its outcome is kept as a count in
 * `max_ww_cohort_count`: no profile id, nothing that leads back to a person, the way `vacancy_funnel` keeps its
 * counts.
 */
export class MaxWwCohorts1763900000024 implements MigrationInterface {
  name = 'MaxWwCohorts1763900000024';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE candidate_profile
        ADD COLUMN max_ww_since date,
        ADD COLUMN work_started_on date`);
    // Kept true for every writer: the day the target group MAX_WW came (kept while it stays), and the first
    // working day while the profile is PLACED (the placement's start date, else the day it was marked placed).
    await queryRunner.query(`
      CREATE FUNCTION candidate_profile_cohort_facts() RETURNS trigger LANGUAGE plpgsql AS $$
        DECLARE
          today date := (now() AT TIME ZONE 'Europe/Amsterdam')::date;
        BEGIN
          NEW.max_ww_since := CASE WHEN 'MAX_WW' = ANY (NEW.target_groups) THEN coalesce(NEW.max_ww_since, today) END;
          NEW.work_started_on := CASE WHEN NEW.status = 'PLACED' THEN coalesce(NEW.work_started_on, today) END;
          RETURN NEW;
        END
      $$`);
    await queryRunner.query(`
      CREATE TRIGGER candidate_profile_cohort_facts
        BEFORE INSERT OR UPDATE OF target_groups, status, work_started_on ON candidate_profile
        FOR EACH ROW EXECUTE FUNCTION candidate_profile_cohort_facts()`);
    await queryRunner.query(`
      UPDATE candidate_profile p
         SET max_ww_since = (p.created_at AT TIME ZONE 'Europe/Amsterdam')::date,
             work_started_on = CASE WHEN p.status = 'PLACED' THEN coalesce(
               (SELECT min(start_date) FROM placement pl WHERE pl.profile_id = p.id),
               (p.updated_at AT TIME ZONE 'Europe/Amsterdam')::date) END
       WHERE 'MAX_WW' = ANY (p.target_groups) OR p.status = 'PLACED'`);
    await queryRunner.query(
      `CREATE INDEX candidate_profile_max_ww_idx ON candidate_profile (region_code) WHERE max_ww_since IS NOT NULL`,
    );

    await queryRunner.query(`
      CREATE TABLE max_ww_cohort_count (
        region_code text NOT NULL REFERENCES labour_market_region (code),
        owner_organisation_id uuid NOT NULL REFERENCES organisation (id),
        pool text NOT NULL CHECK (pool IN ('UWV', 'MUNICIPALITY')),
        entry_month date NOT NULL CHECK (extract(day FROM entry_month) = 1),
        ww_end_month date CHECK (extract(day FROM ww_end_month) = 1),
        outcome text NOT NULL CHECK (outcome IN ('PLACED_BEFORE_WW_END', 'PLACED_AFTER_WW_END', 'SEARCHING',
                                                 'WW_ENDED_UNPLACED', 'LEFT_POOL', 'PAUSED')),
        left_reason text CHECK (left_reason IN ('WORK_FOUND_ELSEWHERE', 'MOVED_AWAY', 'NO_LONGER_WANTS_SUPPORT',
                                                'OTHER', 'PROFILE_EXPIRED')),
        weeks_to_work smallint CHECK (weeks_to_work >= 0),
        count integer NOT NULL CHECK (count > 0),
        CHECK ((outcome = 'LEFT_POOL') = (left_reason IS NOT NULL)),
        CHECK ((outcome IN ('PLACED_BEFORE_WW_END', 'PLACED_AFTER_WW_END')) = (weeks_to_work IS NOT NULL)),
        CONSTRAINT max_ww_cohort_count_key UNIQUE NULLS NOT DISTINCT
          (region_code, entry_month, owner_organisation_id, pool, ww_end_month, outcome, left_reason, weeks_to_work)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE max_ww_cohort_count`);
    await queryRunner.query(`DROP INDEX candidate_profile_max_ww_idx`);
    await queryRunner.query(`DROP TRIGGER candidate_profile_cohort_facts ON candidate_profile`);
    await queryRunner.query(`DROP FUNCTION candidate_profile_cohort_facts()`);
    await queryRunner.query(`ALTER TABLE candidate_profile DROP COLUMN work_started_on, DROP COLUMN max_ww_since`);
  }
}
