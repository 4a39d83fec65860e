import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The matching queue: a transactional outbox, the stored suggestions per vacancy (with their explanation)
 * and a record of every matching run, so a job that fails for good is visible.
 */
export class Matching1763900000006 implements MigrationInterface {
  name = 'Matching1763900000006';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Great-circle distance between two centroids, for travel radius checks in the candidate prefilter.
    await queryRunner.query(`
      CREATE FUNCTION km_between(lat1 double precision, lon1 double precision, lat2 double precision, lon2 double precision)
        RETURNS double precision LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT 2 * 6371.0 * asin(sqrt(
          power(sin(radians(lat2 - lat1) / 2), 2) +
          cos(radians(lat1)) * cos(radians(lat2)) * power(sin(radians(lon2 - lon1) / 2), 2)))
      $$`);

    // Jobs to enqueue, written in the transaction of the change that causes them; a relay moves them to the queue.
    await queryRunner.query(`
      CREATE TABLE outbox (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        job_name text NOT NULL,
        job_id text NOT NULL CHECK (position(':' IN job_id) = 0),
        payload jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        relayed_at timestamptz
      )`);
    await queryRunner.query(`CREATE INDEX outbox_pending_idx ON outbox (id) WHERE relayed_at IS NULL`);

    await queryRunner.query(`
      CREATE TABLE suggestion (
        vacancy_id uuid NOT NULL REFERENCES vacancy (id) ON DELETE CASCADE,
        profile_id uuid NOT NULL REFERENCES candidate_profile (id) ON DELETE CASCADE,
        pool text NOT NULL CHECK (pool IN ('UWV', 'MUNICIPALITY')),
        score smallint NOT NULL CHECK (score BETWEEN 0 AND 100),
        rank smallint NOT NULL CHECK (rank >= 1),
        balanced boolean NOT NULL DEFAULT false,
        components jsonb NOT NULL,
        engine_version integer NOT NULL,
        computed_at timestamptz NOT NULL DEFAULT now(),
        dismissed_at timestamptz,
        dismissed_by uuid REFERENCES app_user (id),
        dismiss_reason text CHECK (length(dismiss_reason) <= 500),
        PRIMARY KEY (vacancy_id, profile_id)
      )`);
    await queryRunner.query(`CREATE INDEX suggestion_profile_idx ON suggestion (profile_id, score DESC)`);
    await queryRunner.query(`CREATE INDEX suggestion_vacancy_rank_idx ON suggestion (vacancy_id, rank)`);

    // A region's own weights and policy, merged over the documented defaults (docs/ALGORITHM.md).
    await queryRunner.query(`
      CREATE TABLE matching_config (
        region_code text PRIMARY KEY REFERENCES labour_market_region (code),
        settings jsonb NOT NULL,
        version integer NOT NULL DEFAULT 1,
        updated_at timestamptz NOT NULL DEFAULT now(),
        updated_by uuid NOT NULL REFERENCES app_user (id)
      )`);

    await queryRunner.query(`
      CREATE TABLE matching_run (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        job_id text NOT NULL UNIQUE,
        kind text NOT NULL CHECK (kind IN ('VACANCY', 'PROFILE')),
        vacancy_id uuid,
        profile_id uuid,
        status text NOT NULL CHECK (status IN ('RUNNING', 'RETRYING', 'COMPLETED', 'FAILED')),
        attempts integer NOT NULL DEFAULT 0,
        candidates integer,
        suggestions integer,
        error text,
        started_at timestamptz NOT NULL DEFAULT now(),
        finished_at timestamptz
      )`);
    await queryRunner.query(`CREATE INDEX matching_run_vacancy_idx ON matching_run (vacancy_id, started_at DESC)`);
    await queryRunner.query(`CREATE INDEX matching_run_profile_idx ON matching_run (profile_id, started_at DESC)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE matching_run`);
    await queryRunner.query(`DROP TABLE matching_config`);
    await queryRunner.query(`DROP TABLE suggestion`);
    await queryRunner.query(`DROP TABLE outbox`);
    await queryRunner.query(
      `DROP FUNCTION km_between(double precision, double precision, double precision, double precision)`,
    );
  }
}
