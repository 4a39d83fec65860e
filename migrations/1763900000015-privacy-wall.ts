import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Closing two paths around the PII guard: an import keeps no uploaded file once it finished (only counts and
 * refused positions), and a visit's target-group interest holds only the TargetGroup codes, no free text.
 */
export class PrivacyWall1763900000015 implements MigrationInterface {
  name = 'PrivacyWall1763900000015';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE employer_import ALTER COLUMN content DROP NOT NULL`);
    await queryRunner.query(`UPDATE employer_import SET content = NULL WHERE status IN ('COMPLETED', 'FAILED')`);
    await queryRunner.query(`
      UPDATE visit SET target_group_interest = ARRAY(
        SELECT DISTINCT code FROM unnest(target_group_interest) AS code
         WHERE code IN ('JOBS_AGREEMENT', 'MAX_WW', 'AGE_50_PLUS', 'SOCIAL_ASSISTANCE', 'STATUS_HOLDER',
                        'YOUTH_WITHOUT_QUALIFICATION')
         ORDER BY code)
       WHERE NOT target_group_interest <@ ARRAY['JOBS_AGREEMENT', 'MAX_WW', 'AGE_50_PLUS', 'SOCIAL_ASSISTANCE',
                                               'STATUS_HOLDER', 'YOUTH_WITHOUT_QUALIFICATION']`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    // Files already deleted cannot come back; an empty file stands in for them.
    await queryRunner.query(`UPDATE employer_import SET content = '' WHERE content IS NULL`);
    await queryRunner.query(`ALTER TABLE employer_import ALTER COLUMN content SET NOT NULL`);
  }
}
