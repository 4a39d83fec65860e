import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A user signs in with a subject at an issuer: UWV and each municipality may have their own identity provider,
 * whose subjects can coincide. Users made before this have no issuer: they sign in through any provider trusted
 * for their organisation until an administrator records theirs. NULLS NOT DISTINCT keeps one issuer-less user
 * per subject, as the old unique subject did.
 */
export class UserIssuer1763900000026 implements MigrationInterface {
  name = 'UserIssuer1763900000026';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE app_user ADD COLUMN issuer text CHECK (length(issuer) BETWEEN 1 AND 500)`);
    await queryRunner.query(`ALTER TABLE app_user DROP CONSTRAINT app_user_subject_key`);
    await queryRunner.query(
      `ALTER TABLE app_user ADD CONSTRAINT app_user_issuer_subject_key UNIQUE NULLS NOT DISTINCT (issuer, subject)`,
    );
    // Sign-in looks a subject up whatever its issuer (then picks the issuer's user, else the issuer-less one).
    await queryRunner.query(`CREATE INDEX app_user_subject_idx ON app_user (subject)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX app_user_subject_idx`);
    await queryRunner.query(`ALTER TABLE app_user DROP CONSTRAINT app_user_issuer_subject_key`);
    await queryRunner.query(`ALTER TABLE app_user DROP COLUMN issuer`);
    await queryRunner.query(`ALTER TABLE app_user ADD CONSTRAINT app_user_subject_key UNIQUE (subject)`);
  }
}
