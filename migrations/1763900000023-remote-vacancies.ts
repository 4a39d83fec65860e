import { MigrationInterface, QueryRunner } from 'typeorm';

/** A vacancy whose work can be done from home: matching does not hold candidates to their travel radius for it. */
export class RemoteVacancies1763900000023 implements MigrationInterface {
  name = 'RemoteVacancies1763900000023';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE vacancy ADD COLUMN remote_work boolean NOT NULL DEFAULT false`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE vacancy DROP COLUMN remote_work`);
  }
}
