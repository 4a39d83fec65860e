import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What a matching worker needs to keep its copy of the candidates' match facts current without reading them all
 * again: the transaction that last wrote each profile, and a short-lived record of removed profiles.
 *
 * Transaction ids, not timestamps or a sequence: a reader that saw everything up to its snapshot's xmin has seen
 * every transaction that can no longer commit before it, whatever order they committed in. Profiles written
 * before this migration have no id; a worker reads every profile when it starts, so it has them.
 */
export class CandidateFactChanges1763900000014 implements MigrationInterface {
  name = 'CandidateFactChanges1763900000014';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE candidate_profile ADD COLUMN facts_xid xid8`);
    await queryRunner.query(`CREATE INDEX candidate_profile_facts_xid_idx ON candidate_profile (facts_xid)`);
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION candidate_profile_match_facts() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          NEW.match_facts := candidate_match_facts(NEW);
          NEW.facts_xid := pg_current_xact_id();
          RETURN NEW;
        END
      $$`);

    // Only internal ids of anonymised profiles, kept for a day: long enough for every running worker to see
    // them (a worker whose copy is older reads everything again), short enough to hold nothing for long.
    await queryRunner.query(`
      CREATE TABLE candidate_profile_removal (
        profile_id uuid, -- NULL: every profile removed at once (TRUNCATE)
        removed_xid xid8 NOT NULL DEFAULT pg_current_xact_id(),
        removed_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(
      `CREATE INDEX candidate_profile_removal_xid_idx ON candidate_profile_removal (removed_xid)`,
    );
    await queryRunner.query(`
      CREATE FUNCTION candidate_profile_removed() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          IF TG_OP = 'TRUNCATE' THEN
            INSERT INTO candidate_profile_removal (profile_id) VALUES (NULL);
          ELSE
            INSERT INTO candidate_profile_removal (profile_id) SELECT id FROM removed;
          END IF;
          DELETE FROM candidate_profile_removal WHERE removed_at < now() - interval '1 day';
          RETURN NULL;
        END
      $$`);
    await queryRunner.query(`
      CREATE TRIGGER candidate_profile_removed AFTER DELETE ON candidate_profile
        REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION candidate_profile_removed()`);
    await queryRunner.query(`
      CREATE TRIGGER candidate_profile_truncated AFTER TRUNCATE ON candidate_profile
        FOR EACH STATEMENT EXECUTE FUNCTION candidate_profile_removed()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER candidate_profile_truncated ON candidate_profile`);
    await queryRunner.query(`DROP TRIGGER candidate_profile_removed ON candidate_profile`);
    await queryRunner.query(`DROP FUNCTION candidate_profile_removed()`);
    await queryRunner.query(`DROP TABLE candidate_profile_removal`);
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION candidate_profile_match_facts() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          NEW.match_facts := candidate_match_facts(NEW);
          RETURN NEW;
        END
      $$`);
    await queryRunner.query(`ALTER TABLE candidate_profile DROP COLUMN facts_xid`);
  }
}
