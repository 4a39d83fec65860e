import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Which secret made each client reference: a fingerprint of the secret (a truncated SHA-256, which reveals
 * nothing of it), so during a rotation an operator can count the profiles still on the previous secret.
 * References made before this migration have none.
 */
export class ClientReferenceKeys1763900000013 implements MigrationInterface {
  name = 'ClientReferenceKeys1763900000013';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE candidate_profile
        ADD COLUMN owner_reference_key text CHECK (owner_reference_key ~ '^[0-9a-f]{16}$'),
        ADD CONSTRAINT candidate_profile_reference_key_with_reference
          CHECK (owner_reference_key IS NULL OR owner_reference IS NOT NULL)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE candidate_profile DROP COLUMN owner_reference_key`);
  }
}
