import { migrations } from '@wsp/migrations';
import { DataSource } from 'typeorm';
import { createProfile } from '../factories/candidate-profile.factory';
import { TestApp } from '../support/test-app';

/**
 * Education levels version 2 moves what was recorded on a replaced level (vmbo) to its successor. Run again in a
 * transaction that is rolled back, on a database that has a profile on the old level, so nothing stays changed.
 */
describe('the education levels migration (version 2)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await TestApp.start({ RUN_WORKERS: 'false' });
  });
  afterAll(() => app.close());

  it('moves profiles on vmbo to vmbo basis (never a higher level), orders the levels and drops the old code', async () => {
    const profile = await createProfile(app, 'jobcoach@uwv.demo', { educationLevel: 'MBO_2' });
    const migration = migrations.find((m) => m.name === 'EducationLevelsV21763900000022')!;
    const runner = (app.dataSource as DataSource).createQueryRunner();
    await runner.connect();
    await runner.startTransaction();
    try {
      await runner.query(
        `INSERT INTO education_level (code, label_nl, label_en, sort_order, nlqf, isced) VALUES ('VMBO', 'vmbo', 'vmbo', 99, 1, 2)`,
      );
      await runner.query(`UPDATE candidate_profile SET education_level = 'VMBO' WHERE id = $1`, [profile.id]);
      await new migration().up(runner);
      const [row] = await runner.query(
        `SELECT p.education_level, e.nlqf, split_part(p.match_facts, '|', 6) AS facts_nlqf
           FROM candidate_profile p JOIN education_level e ON e.code = p.education_level WHERE p.id = $1`,
        [profile.id],
      );
      expect(row).toEqual({ education_level: 'VMBO_BB', nlqf: 1, facts_nlqf: '1' });
      const levels: { code: string }[] = await runner.query('SELECT code FROM education_level ORDER BY sort_order');
      expect(levels.map((l) => l.code)).not.toContain('VMBO');
      expect(levels.map((l) => l.code).slice(0, 4)).toEqual(['BASISONDERWIJS', 'VMBO_BB', 'MBO_1', 'VMBO_KB']);
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
  });
});
