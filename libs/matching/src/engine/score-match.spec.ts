import { DEFAULT_MATCHING_CONFIG, MatchingConfig } from './matching-config';
import { MatchContext, monthIndex, ProfileFacts, VacancyFacts } from './match-facts';
import { relatedOccupationsOf } from './related-occupations';
import {
  availabilityFit,
  distanceFit,
  educationFit,
  emptyComponents,
  FILTERED,
  hoursInCommon,
  hoursOverlap,
  languageCoverage,
  maxWwBonus,
  maxWwPriority,
  occupationFit,
  scoreMatch,
  skillCoverage,
} from './score-match';
import { byScore, ScoredCandidate, selectTop } from './select-top';

const TODAY = '2026-11-23';
const context = (distanceKm = 0): MatchContext => ({ today: TODAY, currentMonth: monthIndex(TODAY), distanceKm });

const vacancy = (overrides: Partial<VacancyFacts> = {}): VacancyFacts => ({
  id: 'v1',
  regionCode: 'GRONINGEN',
  occupationCode: '8344',
  relatedOccupationCodes: relatedOccupationsOf('8344'),
  requiredSkills: [
    { code: 'LOG-01', weight: 3 },
    { code: 'LOG-02', weight: 1 },
  ],
  niceToHaveSkills: [{ code: 'TRV-01', weight: 1 }],
  minEducationRank: 4,
  hoursMin: 24,
  hoursMax: 40,
  startMonth: monthIndex('2027-01-01'),
  drivingLicences: [],
  languages: ['nl'],
  jobsAgreement: false,
  remoteWork: false,
  ...overrides,
});

const profile = (overrides: Partial<ProfileFacts> = {}): ProfileFacts => ({
  id: 'p1',
  pool: 'UWV',
  regionCode: 'GRONINGEN',
  status: 'ACTIVE',
  expiresOn: '2027-05-23',
  occupationCodes: ['8344'],
  skillCodes: ['LOG-01', 'LOG-02', 'TRV-01'],
  educationRank: 4,
  hoursMin: 24,
  hoursMax: 40,
  availableMonth: monthIndex('2026-12-01'),
  travelRadiusKm: 20,
  drivingLicences: ['B'],
  languages: ['nl'],
  jobsAgreement: false,
  hoursFlexible: false,
  maxWwEndMonth: null,
  ...overrides,
});

const config: MatchingConfig = DEFAULT_MATCHING_CONFIG;

describe('scoreMatch', () => {
  it('gives a perfect candidate next door 100, with every component at 1', () => {
    const explain = emptyComponents();
    expect(scoreMatch(vacancy(), profile(), context(0), config, explain)).toBe(100);
    expect(explain).toEqual({
      occupation: 1,
      requiredSkills: 1,
      niceToHaveSkills: 1,
      distance: 1,
      hours: 1,
      education: 1,
      availability: 1,
      languages: 1,
      maxWwBonus: 0,
    });
  });

  it('computes the worked example of docs/ALGORITHM.md', () => {
    // Minor group only (0.6), 3 of 4 required-skill weight (0.75), no nice-to-have (0), 10 km of 20 (0.75),
    // 24-32 h against 24-40 h (0.5), one education level below (0.5), available a month late (0.75), Dutch (1).
    const explain = emptyComponents();
    const score = scoreMatch(
      vacancy(),
      profile({
        occupationCodes: ['8343'],
        skillCodes: ['LOG-01'],
        hoursMax: 32,
        educationRank: 3,
        availableMonth: monthIndex('2027-02-01'),
      }),
      context(10),
      config,
      explain,
    );
    const weighted = 30 * 0.6 + 20 * 0.75 + 5 * 0 + 15 * 0.75 + 10 * 0.5 + 10 * 0.5 + 5 * 0.75 + 5 * 1;
    expect(score).toBe(Math.round(weighted)); // 63.0 of 100 weight points
    expect(explain).toMatchObject({ occupation: 0.6, requiredSkills: 0.75, niceToHaveSkills: 0, distance: 0.75 });
  });

  it.each<[string, Partial<VacancyFacts>, Partial<ProfileFacts>, number]>([
    ['a paused profile', {}, { status: 'PAUSED' }, 0],
    ['a placed profile', {}, { status: 'PLACED' }, 0],
    ['an expired profile', {}, { expiresOn: '2026-11-22' }, 0],
    ['another region beyond the travel radius', {}, { regionCode: 'DRENTHE', travelRadiusKm: 20 }, 25],
    ['the own region beyond the travel radius (36 km away, travels 5 km)', {}, { travelRadiusKm: 5 }, 36],
    [
      'hours that do not meet (vacancy 24-28, wants 36)',
      { hoursMin: 24, hoursMax: 28 },
      { hoursMin: 36, hoursMax: 36 },
      0,
    ],
    [
      'hours that do not meet (vacancy 24-28, wants 20)',
      { hoursMin: 24, hoursMax: 28 },
      { hoursMin: 20, hoursMax: 20 },
      0,
    ],
    ['a missing required driving licence', { drivingLicences: ['B', 'CE'] }, { drivingLicences: ['B'] }, 0],
    ['a jobs-agreement vacancy for a candidate outside the target group', { jobsAgreement: true }, {}, 0],
  ])('filters out %s', (_what, vacancyOverrides, profileOverrides, distance) => {
    expect(scoreMatch(vacancy(vacancyOverrides), profile(profileOverrides), context(distance), config)).toBe(FILTERED);
  });

  it('keeps a candidate from across the region border who lives within their travel radius', () => {
    expect(scoreMatch(vacancy(), profile({ regionCode: 'DRENTHE' }), context(15), config)).toBeGreaterThan(0);
  });

  it('holds nobody to their travel radius for work that can be done from home, and leaves distance out', () => {
    const near = profile({ travelRadiusKm: 5 });
    expect(scoreMatch(vacancy(), near, context(36), config)).toBe(FILTERED);
    const explain = emptyComponents();
    expect(scoreMatch(vacancy({ remoteWork: true }), near, context(36), config, explain)).toBeGreaterThan(0);
    expect(explain.distance).toBe(1);
  });

  it("counts a region's travel tolerance beyond the candidate's own radius", () => {
    const near = profile({ travelRadiusKm: 20 });
    expect(scoreMatch(vacancy(), near, context(22), config)).toBe(FILTERED);
    expect(scoreMatch(vacancy(), near, context(22), { ...config, travelToleranceKm: 3 })).toBeGreaterThan(0);
    expect(scoreMatch(vacancy(), near, context(20), config)).toBeGreaterThan(0); // at the edge: within
  });

  it("asks the region's minimum overlap of hours; ranges that only touch meet a minimum of 0", () => {
    const wants = profile({ hoursMin: 28, hoursMax: 32 });
    expect(scoreMatch(vacancy({ hoursMin: 24, hoursMax: 28 }), wants, context(), config)).toBeGreaterThan(0);
    expect(
      scoreMatch(vacancy({ hoursMin: 24, hoursMax: 30 }), wants, context(), { ...config, minimumHoursOverlap: 4 }),
    ).toBe(FILTERED);
    expect(
      scoreMatch(vacancy({ hoursMin: 24, hoursMax: 32 }), wants, context(), { ...config, minimumHoursOverlap: 4 }),
    ).toBeGreaterThan(0);
    expect(hoursInCommon(24, 28, 36, 40)).toBe(-8);
    // Flexible hours: the minimum overlap does not apply.
    const flexible = profile({ hoursMin: 36, hoursMax: 36, hoursFlexible: true });
    expect(scoreMatch(vacancy({ hoursMin: 24, hoursMax: 28 }), flexible, context(), config)).toBeGreaterThan(0);
  });

  it('leaves the Max-WW priority out of the score: the fit is the fit', () => {
    const month = monthIndex(TODAY);
    const base = vacancy({ occupationCode: '8343' });
    const without = scoreMatch(base, profile(), context(), config);
    expect(scoreMatch(base, profile({ maxWwEndMonth: month + 1 }), context(), config)).toBe(without);
  });

  it('reads no personal traits: extra properties like age band or gender change nothing', () => {
    const plain = profile({ occupationCodes: ['8343'], hoursMax: 30 });
    const score = scoreMatch(vacancy(), plain, context(5), config);
    for (const traits of [
      { ageBand: 'FROM_50', gender: 'F', origin: 'NL' },
      { ageBand: 'UNDER_27', gender: 'M', origin: 'SY' },
    ]) {
      expect(scoreMatch(vacancy(), { ...plain, ...traits } as ProfileFacts, context(5), config)).toBe(score);
    }
  });

  it('leaves out components the vacancy asks nothing of', () => {
    const explain = emptyComponents();
    const score = scoreMatch(
      vacancy({ requiredSkills: [], niceToHaveSkills: [], minEducationRank: null, languages: [] }),
      profile({ skillCodes: [] }),
      context(0),
      config,
      explain,
    );
    expect(score).toBe(100);
    expect(explain).toMatchObject({ requiredSkills: null, niceToHaveSkills: null, education: null, languages: null });
  });

  it('is deterministic', () => {
    const pairs = Array.from({ length: 50 }, (_, i) => profile({ id: `p${i}`, hoursMin: 8 + (i % 30), hoursMax: 40 }));
    const first = pairs.map((p) => scoreMatch(vacancy(), p, context(3), config));
    expect(pairs.map((p) => scoreMatch(vacancy(), p, context(3), config))).toEqual(first);
  });
});

describe('components', () => {
  it('grades occupations by ISCO level', () => {
    expect(occupationFit('8344', ['9333', '8344'])).toBe(1);
    expect(occupationFit('8344', ['8343'])).toBe(0.6);
    expect(occupationFit('8344', ['8322'])).toBe(0.3);
    expect(occupationFit('8344', ['5120'])).toBe(0);
  });

  it('scores a related occupation of another ISCO branch below the same unit group and above the same minor group', () => {
    const related = relatedOccupationsOf('8344');
    expect(occupationFit('8344', ['9333'], related)).toBe(0.7); // forklift driver ~ warehouse worker
    expect(occupationFit('8344', ['9333', '8344'], related)).toBe(1);
    expect(occupationFit('8344', ['8343', '4321'], related)).toBe(0.7);
    expect(occupationFit('8344', ['9333'])).toBe(0); // without the relations: another branch
  });

  it("relates the field's everyday transitions both ways, and nothing to itself", () => {
    for (const [a, b] of [
      ['8344', '9333'],
      ['9333', '4321'],
      ['5321', '5322'],
      ['5322', '3221'],
      ['9112', '9111'],
      ['9111', '5151'],
      ['2512', '2514'],
      ['8322', '8332'],
    ]) {
      expect(relatedOccupationsOf(a)).toContain(b);
      expect(relatedOccupationsOf(b)).toContain(a);
      expect(relatedOccupationsOf(a)).not.toContain(a);
    }
    expect(relatedOccupationsOf('0110')).toEqual([]);
  });

  it('weights skills, distance, hours, education, availability and languages', () => {
    expect(
      skillCoverage(
        [
          { code: 'A', weight: 3 },
          { code: 'B', weight: 1 },
        ],
        ['B'],
      ),
    ).toBe(0.25);
    expect(skillCoverage([], ['B'])).toBeNull();
    expect([distanceFit(0, 20), distanceFit(20, 20), distanceFit(40, 20), distanceFit(3, 0)]).toEqual([1, 0.5, 0, 0]);
    expect([hoursOverlap(24, 40, 32, 40), hoursOverlap(24, 40, 8, 16), hoursOverlap(32, 32, 24, 36)]).toEqual([
      0.5, 0, 1,
    ]);
    expect([
      educationFit(4, 5),
      educationFit(4, 3),
      educationFit(4, 2),
      educationFit(4, null),
      educationFit(null, 1),
    ]).toEqual([1, 0.5, 0, 0, null]);
    expect([
      availabilityFit(10, 9, 5),
      availabilityFit(10, 12, 5),
      availabilityFit(10, 20, 5),
      availabilityFit(3, 6, 5),
    ]).toEqual([1, 0.5, 0, 0.75]);
    expect(languageCoverage(['nl', 'en'], ['nl'])).toBe(0.5);
  });

  it('gives the Max-WW priority only to candidates who seek this kind of work', () => {
    const ctx = context();
    const maxWw = (occupationCodes: string[]) => profile({ occupationCodes, maxWwEndMonth: ctx.currentMonth + 1 });
    expect(maxWwPriority(vacancy(), maxWw(['8344']), ctx, config)).toBe(config.maxWwBonus); // the same
    expect(maxWwPriority(vacancy(), maxWw(['9333']), ctx, config)).toBe(config.maxWwBonus); // related
    expect(maxWwPriority(vacancy(), maxWw(['8343']), ctx, config)).toBe(config.maxWwBonus); // same minor group
    expect(maxWwPriority(vacancy(), maxWw(['8322']), ctx, config)).toBe(0); // only the wider field
    expect(maxWwPriority(vacancy(), maxWw(['5120']), ctx, config)).toBe(0); // found through skills
    expect(maxWwPriority(vacancy(), profile({ occupationCodes: ['8344'] }), ctx, config)).toBe(0); // no Max-WW
  });

  it('gives the Max-WW priority from configuration, only when the WW ends within the window', () => {
    const ctx = context();
    const month = ctx.currentMonth;
    expect(maxWwBonus(profile({ maxWwEndMonth: month + 1 }), ctx, { ...config, maxWwBonus: 7 })).toBe(7);
    expect(maxWwBonus(profile({ maxWwEndMonth: month }), ctx, config)).toBe(config.maxWwBonus);
    expect(maxWwBonus(profile({ maxWwEndMonth: month + 3 }), ctx, config)).toBe(config.maxWwBonus);
    expect(maxWwBonus(profile({ maxWwEndMonth: month + 4 }), ctx, config)).toBe(0);
    expect(maxWwBonus(profile({ maxWwEndMonth: month - 1 }), ctx, config)).toBe(0);
    expect(maxWwBonus(profile(), ctx, config)).toBe(0);
  });
});

describe('selectTop', () => {
  const candidates = (pool: 'UWV' | 'MUNICIPALITY', count: number, from: number): ScoredCandidate[] =>
    Array.from({ length: count }, (_, i) => ({
      profileId: `${pool}-${String(i).padStart(3, '0')}`,
      pool,
      score: from - i,
      priority: 0,
    }));

  it('keeps the best when both pools already have their share', () => {
    const top = selectTop([...candidates('UWV', 15, 99), ...candidates('MUNICIPALITY', 15, 98)], 20, 0.25);
    expect(top).toHaveLength(20);
    expect(top.every((c) => !c.balanced)).toBe(true);
    expect(top.map((c) => c.rank)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
  });

  it('gives a pool a quarter of the places, taking them from the lowest of the other pool, marked balanced', () => {
    const top = selectTop([...candidates('UWV', 30, 99), ...candidates('MUNICIPALITY', 10, 60)], 20, 0.25);
    expect(top.filter((c) => c.pool === 'MUNICIPALITY')).toHaveLength(5);
    expect(top.filter((c) => c.balanced).map((c) => c.profileId)).toEqual([
      'MUNICIPALITY-000',
      'MUNICIPALITY-001',
      'MUNICIPALITY-002',
      'MUNICIPALITY-003',
      'MUNICIPALITY-004',
    ]);
    expect(top.filter((c) => c.pool === 'UWV').map((c) => c.score)).toEqual(
      candidates('UWV', 15, 99).map((c) => c.score),
    );
  });

  it('gives a pool what it has when it has fewer than its share, and breaks ties by profile id', () => {
    const top = selectTop([...candidates('UWV', 30, 50), ...candidates('MUNICIPALITY', 2, 10)], 20, 0.25);
    expect(top.filter((c) => c.pool === 'MUNICIPALITY')).toHaveLength(2);
    const tied = selectTop(
      [
        { profileId: 'b', pool: 'UWV', score: 70, priority: 0 },
        { profileId: 'a', pool: 'UWV', score: 70, priority: 0 },
      ],
      20,
      0.25,
    );
    expect(tied.map((c) => c.profileId)).toEqual(['a', 'b']);
  });

  it('moves a Max-WW candidate up within the band and never past a candidate better by more than the band', () => {
    const top = selectTop(
      [
        { profileId: 'best', pool: 'UWV', score: 90, priority: 0 },
        { profileId: 'good', pool: 'UWV', score: 84, priority: 0 },
        { profileId: 'equal', pool: 'UWV', score: 80, priority: 0 },
        { profileId: 'maxww', pool: 'UWV', score: 80, priority: 5 },
      ],
      20,
      0,
    );
    // 80 + 5 passes 84 (4 better) but not 90 (10 better); the score shown stays 80.
    expect(top.map((c) => c.profileId)).toEqual(['best', 'maxww', 'good', 'equal']);
    expect(top.find((c) => c.profileId === 'maxww')!.score).toBe(80);
    const tie = selectTop(
      [
        { profileId: 'a-fit', pool: 'UWV', score: 85, priority: 0 },
        { profileId: 'b-maxww', pool: 'UWV', score: 80, priority: 5 },
      ],
      20,
      0,
    );
    expect(tie.map((c) => c.profileId)).toEqual(['a-fit', 'b-maxww']); // a tie goes to the better fit
  });

  it('chooses as if it sorted every candidate: the same list on random pools full of ties', () => {
    // The rule written out plainly: sort everyone, take the best, promote a short pool's next best.
    const reference = (all: ScoredCandidate[], size: number, share: number) => {
      const sorted = [...all].sort(byScore);
      const chosen = sorted.slice(0, size);
      const quota = Math.ceil(size * share);
      const promoted: ScoredCandidate[] = [];
      for (const pool of ['UWV', 'MUNICIPALITY'] as const) {
        const waiting = sorted.filter((c) => c.pool === pool && !chosen.includes(c));
        while (chosen.filter((c) => c.pool === pool).length < quota && waiting.length > 0) {
          const others = chosen.filter((c) => c.pool !== pool && !promoted.includes(c)).sort(byScore);
          if (others.length === 0) break;
          chosen.splice(chosen.indexOf(others.at(-1)!), 1);
          promoted.push(waiting[0]);
          chosen.push(waiting.shift()!);
        }
      }
      return chosen.sort(byScore).map((c) => `${c.profileId}:${promoted.includes(c)}`);
    };
    let seed = 7;
    const next = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    for (let run = 0; run < 200; run++) {
      const all: ScoredCandidate[] = Array.from({ length: 1 + next(300) }, (_, i) => ({
        profileId: `p${String(next(100000)).padStart(6, '0')}-${i}`,
        pool: next(5) === 0 ? 'MUNICIPALITY' : 'UWV',
        score: 40 + next(20),
        priority: next(4) === 0 ? 5 : 0,
      }));
      const size = 1 + next(25);
      expect(selectTop(all, size, 0.25).map((c) => `${c.profileId}:${c.balanced}`)).toEqual(reference(all, size, 0.25));
    }
  });
});
