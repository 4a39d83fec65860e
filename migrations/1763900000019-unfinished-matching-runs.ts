import { MigrationInterface, QueryRunner } from 'typeorm';

/** The sweep of unfinished matching runs reads only them, every minute: a small partial index, by age. */
export class UnfinishedMatchingRuns1763900000019 implements MigrationInterface {
  name = 'UnfinishedMatchingRuns1763900000019';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX matching_run_unfinished ON matching_run (started_at) WHERE status IN ('RUNNING', 'RETRYING')`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX matching_run_unfinished`);
  }
}
