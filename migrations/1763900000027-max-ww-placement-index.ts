import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The Max-WW report counts a period's Max-WW placements per organisation and pool: a partial index holding just
 * those (a fifth of the placements) with the columns counted answers from the index alone, so the report's cost
 * follows the period, not the years of placements before it (bench:reports).
 */
export class MaxWwPlacementIndex1763900000027 implements MigrationInterface {
  name = 'MaxWwPlacementIndex1763900000027';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX placement_max_ww_idx ON placement (region_code, start_date)
         INCLUDE (owner_organisation_id, pool, placed_before_ww_end) WHERE max_ww`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX placement_max_ww_idx`);
  }
}
