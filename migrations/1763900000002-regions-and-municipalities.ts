import { MigrationInterface, QueryRunner } from 'typeorm';
import regions from '../libs/directory/data/labour-market-regions.v1.json';
import municipalities from '../libs/directory/data/municipalities.v1.json';

/**
 * All 35 labour market regions and every municipality (reference date in the data file) with its region and
 * centroid, used for travel distance in matching. Rows an earlier demo seed created are brought in line.
 */
export class RegionsAndMunicipalities1763900000002 implements MigrationInterface {
  name = 'RegionsAndMunicipalities1763900000002';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `
      INSERT INTO labour_market_region (code, name) SELECT * FROM unnest($1::text[], $2::text[])
      ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name`,
      [regions.regions.map((r) => r.code), regions.regions.map((r) => r.name)],
    );
    await queryRunner.query(
      `ALTER TABLE municipality ADD COLUMN latitude double precision, ADD COLUMN longitude double precision`,
    );
    const list = municipalities.municipalities;
    await queryRunner.query(
      `INSERT INTO municipality (code, name, region_code, latitude, longitude)
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::float8[], $5::float8[])
       ON CONFLICT (code) DO UPDATE
         SET name = EXCLUDED.name, region_code = EXCLUDED.region_code,
             latitude = EXCLUDED.latitude, longitude = EXCLUDED.longitude`,
      [
        list.map((m) => m.code),
        list.map((m) => m.name),
        list.map((m) => m.regionCode),
        list.map((m) => m.latitude),
        list.map((m) => m.longitude),
      ],
    );
    // Inside the Netherlands' bounding box; a municipality without a centroid cannot take part in matching.
    await queryRunner.query(`
      ALTER TABLE municipality
        ALTER COLUMN latitude SET NOT NULL,
        ALTER COLUMN longitude SET NOT NULL,
        ADD CONSTRAINT municipality_centroid_in_nl CHECK (latitude BETWEEN 50.7 AND 53.6 AND longitude BETWEEN 3.3 AND 7.3)`);
    await queryRunner.query(`ANALYZE labour_market_region, municipality`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE municipality DROP CONSTRAINT municipality_centroid_in_nl`);
    await queryRunner.query(`ALTER TABLE municipality DROP COLUMN latitude, DROP COLUMN longitude`);
  }
}
