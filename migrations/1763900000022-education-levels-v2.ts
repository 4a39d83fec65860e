import { MigrationInterface, QueryRunner } from 'typeorm';
import levels from '../libs/taxonomy/data/education-levels.v2.json';

/**
 * Education levels version 2 (see the data file's note): vmbo split by track, associate degree and wo-bachelor
 * added, every level's order and labels from the file. Profiles and vacancies on a replaced code move to its
 * successor (VMBO to VMBO_BB: never a higher level than the one recorded), then the replaced code goes.
 */
export class EducationLevelsV21763900000022 implements MigrationInterface {
  name = 'EducationLevelsV21763900000022';

  async up(queryRunner: QueryRunner): Promise<void> {
    const list = levels.levels;
    // Orders are unique: move the old ones out of the way first.
    await queryRunner.query(`UPDATE education_level SET sort_order = sort_order + 100`);
    await queryRunner.query(
      `INSERT INTO education_level (code, label_nl, label_en, sort_order, nlqf, isced)
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::smallint[], $5::smallint[], $6::smallint[])
       ON CONFLICT (code) DO UPDATE SET label_nl = EXCLUDED.label_nl, label_en = EXCLUDED.label_en,
                                        sort_order = EXCLUDED.sort_order, nlqf = EXCLUDED.nlqf, isced = EXCLUDED.isced`,
      [
        list.map((l) => l.code),
        list.map((l) => l.labelNl),
        list.map((l) => l.labelEn),
        list.map((l) => l.order),
        list.map((l) => l.nlqf),
        list.map((l) => l.isced),
      ],
    );
    for (const [old, successor] of Object.entries(levels.replaces)) {
      await queryRunner.query(`UPDATE candidate_profile SET education_level = $2 WHERE education_level = $1`, [
        old,
        successor,
      ]);
      await queryRunner.query(`UPDATE vacancy SET min_education_level = $2 WHERE min_education_level = $1`, [
        old,
        successor,
      ]);
      await queryRunner.query(`DELETE FROM education_level WHERE code = $1`, [old]);
    }
  }

  async down(): Promise<void> {
    throw new Error('Education levels version 2 cannot be undone: the vmbo tracks cannot be merged back faithfully');
  }
}
