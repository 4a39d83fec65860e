import { dutchToday } from '@wsp/candidates';
import {
  CandidateFactsCache,
  candidateDistance,
  candidateQuery,
  loadCandidateSetContext,
  relatedOccupationsOf,
  VacancyForMatching,
} from '@wsp/matching';
import { TestApp } from '../support/test-app';

/**
 * Occupations of ISCO sub-major groups, and skills, that no other test file uses: these profiles must not enter
 * other files' candidate sets in the shared database.
 */
const OCCUPATIONS = ['2211', '2212', '2222', '2411', '2421', '2431', '3111', '3115', '3122', '3132'];
const SKILLS = Array.from({ length: 9 }, (_, n) => `cache-test-${n}`);
const PROFILES = 3_000;

describe('the candidate facts cache', () => {
  let app: TestApp;
  let cache: CandidateFactsCache;
  const today = dutchToday();

  const mine: string[] = [];

  beforeAll(async () => {
    app = await TestApp.start({ RUN_WORKERS: 'false' });
    cache = new CandidateFactsCache(app.dataSource);
    await insertProfiles(PROFILES);
  });
  afterAll(async () => {
    await app.dataSource.query('DELETE FROM candidate_profile WHERE id = ANY($1)', [mine]);
    await app.close();
  });

  /**
   * Profiles all over the country: every region and municipality, radii from 0 to 80 km, one to three
   * occupations and skills, some paused, some expired.
   */
  async function insertProfiles(count: number): Promise<void> {
    const codes = `(ARRAY['${OCCUPATIONS.join("','")}'])`;
    const skills = `(ARRAY['${SKILLS.join("','")}'])`;
    const rows: { id: string }[] = await app.dataSource.query(
      `INSERT INTO candidate_profile (public_code, owner_organisation_id, pool, region_code, coach_id, occupation_codes,
         skill_codes, education_level, hours_min, hours_max, available_from, municipality_code, travel_radius_km,
         languages, legal_basis, legal_basis_recorded_at, legal_basis_recorded_by, expires_on, status, created_by)
       SELECT 'K-' || substr(h, 1, 4) || '-' || substr(h, 5, 4), u.organisation_id, o.kind, m.region_code, u.id,
              ARRAY(SELECT ${codes}[1 + (i * 7 + k * 3) % ${OCCUPATIONS.length}] FROM generate_series(0, i % 3) k),
              ARRAY(SELECT ${skills}[1 + (i * 5 + k) % ${SKILLS.length}] FROM generate_series(0, i % 2) k),
              'MBO_2', 16, 36, date_trunc('month', current_date)::date, m.code, (i * 17) % 81, ARRAY['nl'], 'CONSENT', now(), u.id,
              current_date + CASE WHEN i % 11 = 0 THEN -3 ELSE 150 END,
              CASE WHEN i % 13 = 0 THEN 'PAUSED' ELSE 'ACTIVE' END, u.id
         FROM generate_series(1, $1) i
         CROSS JOIN LATERAL (SELECT upper(substr(md5(random()::text || i), 1, 8)) AS h) code
         JOIN LATERAL (SELECT code, region_code FROM municipality ORDER BY code
                        OFFSET i % (SELECT count(*) FROM municipality) LIMIT 1) m ON true
         JOIN app_user u ON u.email = CASE WHEN i % 2 = 0 THEN 'jobcoach@uwv.demo' ELSE 'jobcoach@groningen.demo' END
         JOIN organisation o ON o.id = u.organisation_id
       RETURNING id`,
      [count],
    );
    mine.push(...rows.map((row) => row.id));
  }

  /** Vacancies as matching reads them, in municipalities spread over the country. */
  async function vacancies(count: number): Promise<VacancyForMatching[]> {
    const rows: { code: string; region_code: string; latitude: number; longitude: number; skills: string[] }[] =
      await app.dataSource.query(
        `SELECT m.code, m.region_code, m.latitude, m.longitude,
                ARRAY(SELECT ($2::text[])[1 + (n + k) % $3] FROM generate_series(1, n % 3) k) AS skills
           FROM (SELECT *, row_number() OVER (ORDER BY code) AS n FROM municipality) m
          WHERE n % greatest(1, (SELECT count(*) FROM municipality) / $1) = 0`,
        [count, SKILLS, SKILLS.length],
      );
    return rows.map((row, n) => ({
      id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
      regionCode: row.region_code,
      occupationCode: OCCUPATIONS[n % OCCUPATIONS.length],
      relatedOccupationCodes: relatedOccupationsOf(OCCUPATIONS[n % OCCUPATIONS.length]),
      status: 'OPEN',
      requiredSkills: row.skills.map((code) => ({ code, weight: 2 })),
      niceToHaveSkills: [],
      minEducationRank: null,
      hoursMin: 24,
      hoursMax: 40,
      startMonth: null,
      drivingLicences: [],
      languages: [],
      jobsAgreement: false,
      remoteWork: false,
      latitude: row.latitude,
      longitude: row.longitude,
    }));
  }

  /** The candidates the cache's copy gives for a vacancy, with their distances. */
  async function fromCache(vacancy: VacancyForMatching, excluded: string[] = []): Promise<Map<string, number>> {
    await cache.bringUpToDate();
    // The vacancies are not stored: the candidates their lists dismissed are given here.
    const context = {
      ...(await loadCandidateSetContext(app.dataSource.manager, vacancy, today)),
      excludedProfileIds: new Set(excluded),
    };
    const found = new Map<string, number>();
    // As the matching job looks them up: through the index, then the prefilter.
    const visited: string[] = [];
    cache.current.forEachWithAny(context.relatedOccupations, context.skills, ({ facts, municipalityCode }) => {
      visited.push(facts.id);
      const km = candidateDistance(facts, municipalityCode, context);
      if (km !== undefined) found.set(facts.id, km);
    });
    expect(new Set(visited).size).toBe(visited.length);
    return found;
  }

  /** The same from the SQL prefilter, the reference. */
  async function fromDatabase(vacancy: VacancyForMatching, excluded: string[] = []): Promise<Map<string, number>> {
    const [sql, params] = candidateQuery(vacancy, today, excluded);
    const rows: { id: string; distance_km: number }[] = await app.dataSource.query(sql, params);
    return new Map(rows.map((row) => [row.id, row.distance_km]));
  }

  async function factsOf(id: string) {
    await cache.bringUpToDate();
    return cache.current.get(id)?.facts;
  }

  async function someProfiles(count: number): Promise<string[]> {
    const rows: { id: string }[] = await app.dataSource.query(
      `SELECT id FROM candidate_profile WHERE id = ANY($2) AND status = 'ACTIVE' AND expires_on > current_date
        ORDER BY random() LIMIT $1`,
      [count, mine],
    );
    return rows.map((row) => row.id);
  }

  it('selects the candidates the SQL prefilter selects, at the same distances to the last bit', async () => {
    const sample = await vacancies(40);
    expect(sample.length).toBeGreaterThanOrEqual(30);
    let compared = 0;
    let fromOtherRegions = 0;
    for (const vacancy of sample) {
      const expected = await fromDatabase(vacancy);
      const excluded = [...expected.keys()].slice(0, 2);
      expect(await fromCache(vacancy)).toEqual(expected);
      expect(await fromCache(vacancy, excluded)).toEqual(await fromDatabase(vacancy, excluded));
      compared += expected.size;
      const regions: { region_code: string }[] = await app.dataSource.query(
        'SELECT region_code FROM candidate_profile WHERE id = ANY($1)',
        [[...expected.keys()]],
      );
      fromOtherRegions += regions.filter((r) => r.region_code !== vacancy.regionCode).length;
    }
    // The comparison covered real sets, including candidates who reach a workplace outside their region.
    expect(compared).toBeGreaterThan(1_000);
    expect(fromOtherRegions).toBeGreaterThan(0);
  });

  it('follows every write: a new profile, a change, a pause, a return and a removal', async () => {
    await cache.bringUpToDate();
    const before = cache.current.size;
    await insertProfiles(1);
    await cache.bringUpToDate();
    expect(cache.current.size).toBe(before + 1);

    const [id] = await someProfiles(1);
    await app.dataSource.query(`UPDATE candidate_profile SET skill_codes = ARRAY['nieuwe-vaardigheid'] WHERE id = $1`, [
      id,
    ]);
    expect((await factsOf(id))?.skillCodes).toEqual(['nieuwe-vaardigheid']);
    const withSkill = (skill: string) => {
      const ids: string[] = [];
      cache.current.forEachWithAny([], [skill], ({ facts }) => ids.push(facts.id));
      return ids;
    };
    expect(withSkill('nieuwe-vaardigheid')).toEqual([id]);
    expect(SKILLS.flatMap(withSkill)).not.toContain(id);

    await app.dataSource.query(`UPDATE candidate_profile SET status = 'PAUSED' WHERE id = $1`, [id]);
    expect(await factsOf(id)).toBeUndefined();
    await app.dataSource.query(`UPDATE candidate_profile SET status = 'ACTIVE' WHERE id = $1`, [id]);
    expect((await factsOf(id))?.id).toBe(id);

    await app.dataSource.query('DELETE FROM candidate_profile WHERE id = $1', [id]);
    expect(await factsOf(id)).toBeUndefined();
    const [removal] = await app.dataSource.query(
      'SELECT removed_at FROM candidate_profile_removal WHERE profile_id = $1',
      [id],
    );
    expect(removal).toBeDefined();
  });

  it('reads a transaction that commits after a younger one, and was running when the copy was read', async () => {
    const [older, younger] = await someProfiles(2);
    const runner = app.dataSource.createQueryRunner();
    await runner.connect();
    try {
      await runner.startTransaction();
      // The older transaction writes first, so it holds the lower transaction id; the younger one commits first.
      await runner.query(`UPDATE candidate_profile SET hours_max = 39 WHERE id = $1`, [older]);
      await app.dataSource.query(`UPDATE candidate_profile SET hours_max = 38 WHERE id = $1`, [younger]);
      expect((await factsOf(younger))?.hoursMax).toBe(38);
      expect((await factsOf(older))?.hoursMax).not.toBe(39);
      await runner.commitTransaction();
    } finally {
      await runner.release();
    }
    expect((await factsOf(older))?.hoursMax).toBe(39);
    expect((await factsOf(younger))?.hoursMax).toBe(38);
  });

  it('reads everything again when every profile was removed at once', async () => {
    const [id] = await someProfiles(1);
    await cache.bringUpToDate();
    // A profile gone without a trace (as if removed before this copy's horizon) and a TRUNCATE's record.
    await app.dataSource.transaction(async (manager) => {
      await manager.query('DELETE FROM candidate_profile WHERE id = $1', [id]);
      await manager.query('DELETE FROM candidate_profile_removal WHERE profile_id = $1', [id]);
    });
    expect(await factsOf(id)).toBeDefined();
    await app.dataSource.query('INSERT INTO candidate_profile_removal (profile_id) VALUES (NULL)');
    expect(await factsOf(id)).toBeUndefined();
    const [{ active }] = await app.dataSource.query(
      `SELECT count(*)::int AS active FROM candidate_profile WHERE status = 'ACTIVE'`,
    );
    expect(cache.current.size).toBe(active);
  });

  it("reads everything again when the database's transaction ids went back (a database restored from a dump)", async () => {
    await cache.bringUpToDate();
    const reads = cache.fullReads;
    // As if the copy had been read from a database further along than this one.
    Reflect.set(cache, 'horizon', String(2n ** 60n));
    const [id] = await someProfiles(1);
    await app.dataSource.query(`UPDATE candidate_profile SET hours_max = 37 WHERE id = $1`, [id]);
    expect((await factsOf(id))?.hoursMax).toBe(37);
    expect(cache.fullReads).toBe(reads + 1);
  });

  it('reads everything at the next read when asked to while a read is running', async () => {
    await cache.bringUpToDate();
    const reads = cache.fullReads;
    const running = cache.bringUpToDate();
    await new Promise((resolve) => setImmediate(resolve)); // its statement is on its way
    cache.readAllNextTime();
    await Promise.all([running, cache.bringUpToDate()]);
    expect(cache.fullReads).toBe(reads + 1);
  });

  it('records a TRUNCATE of the profiles as the removal of all of them', async () => {
    const triggers = await app.dataSource.query(
      `SELECT tgname FROM pg_trigger WHERE tgrelid = 'candidate_profile'::regclass AND tgtype & 32 <> 0`,
    );
    expect(triggers).toEqual([{ tgname: 'candidate_profile_truncated' }]);
    const runner = app.dataSource.createQueryRunner();
    await runner.connect();
    try {
      await runner.startTransaction();
      // Not the real table: its references would take other tables with it. The same trigger on a copy of it.
      await runner.query('CREATE TEMPORARY TABLE truncated (id uuid)');
      await runner.query(
        `CREATE TRIGGER truncated AFTER TRUNCATE ON truncated FOR EACH STATEMENT
           EXECUTE FUNCTION candidate_profile_removed()`,
      );
      await runner.query('TRUNCATE truncated');
      const rows = await runner.query(
        'SELECT profile_id FROM candidate_profile_removal WHERE removed_xid = pg_current_xact_id()',
      );
      expect(rows).toEqual([{ profile_id: null }]);
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
  });
});
