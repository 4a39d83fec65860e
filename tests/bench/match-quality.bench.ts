import {
  DEFAULT_MATCHING_CONFIG,
  FILTERED,
  MatchContext,
  MatchingConfig,
  maxWwPriority,
  monthIndex,
  occupationFit,
  PoolLeaders,
  ProfileFacts,
  relatedOccupationsOf,
  scoreMatch,
  ScoredCandidate,
  selectTop,
  VacancyFacts,
} from '@wsp/matching';
import { seededRandom } from '../factories/report-region.factory';

/**
 * How good the suggestions are, not how fast: a seeded synthetic region (3,000 profiles in two pools, 150
 * vacancies) with a ground truth fixed in this file before any result was read (`fits` below: what an account
 * manager would phone about), ranked by the engine and by two baselines (random, occupation only). Prints
 * precision@10, recall@20 and nDCG@10, the share of lists holding both pools where both pools have fitting
 * candidates, and what the Max-WW priority does. Deterministic: the same figures on every machine.
 */

const SEED = 20261205;
const PROFILES = 3_000;
const VACANCIES = 150;
const TODAY = '2026-12-05';
const CURRENT_MONTH = monthIndex(TODAY);
const config: MatchingConfig = DEFAULT_MATCHING_CONFIG;

/** Occupation families a region's vacancies come from; each profile seeks one or two of them. */
const FAMILIES = [
  ['8344', '9333', '4321', '8343'],
  ['5321', '5322', '3221', '5329'],
  ['9112', '9111', '5151', '9122'],
  ['8322', '8332', '9621', '8321'],
  ['5223', '5230', '9334', '5249'],
  ['5120', '9412', '5131', '5132'],
  ['2512', '2514', '2513', '3512'],
];
const SKILLS = Array.from({ length: 40 }, (_, i) => `SKL-${String(i).padStart(2, '0')}`);
/** Synthetic places on a 60 × 60 km map. */
const PLACES = Array.from({ length: 25 }, (_, i) => ({ x: (i % 5) * 14 + 2, y: Math.floor(i / 5) * 14 + 2 }));

const random = seededRandom(SEED);
const place = () => random.int(PLACES.length);
const kmBetween = (a: number, b: number) => Math.hypot(PLACES[a].x - PLACES[b].x, PLACES[a].y - PLACES[b].y);

interface Profile extends ProfileFacts {
  place: number;
}
interface Vacancy extends VacancyFacts {
  place: number;
}

function makeProfile(i: number): Profile {
  const family = random.pick(FAMILIES);
  const occupations = [random.pick(family)];
  if (random.int(3) === 0) occupations.push(random.pick(random.pick(FAMILIES)));
  const hoursMin = 8 + random.int(7) * 4;
  const maxWw = random.int(6) === 0;
  return {
    id: `p${String(i).padStart(5, '0')}`,
    pool: i % 2 === 0 ? 'UWV' : 'MUNICIPALITY',
    regionCode: 'SYNTH',
    status: 'ACTIVE',
    expiresOn: '2027-06-01',
    occupationCodes: occupations,
    skillCodes: Array.from({ length: 1 + random.int(4) }, () => random.pick(SKILLS)),
    educationRank: 1 + random.int(5),
    hoursMin,
    hoursMax: Math.min(40, hoursMin + random.int(4) * 4),
    hoursFlexible: random.int(10) === 0,
    availableMonth: CURRENT_MONTH + random.int(4),
    travelRadiusKm: [5, 10, 15, 20, 30, 40][random.int(6)],
    drivingLicences: random.int(3) === 0 ? ['B'] : [],
    languages: ['nl'],
    jobsAgreement: random.int(12) === 0,
    maxWwEndMonth: maxWw ? CURRENT_MONTH + random.int(8) : null,
    place: place(),
  };
}

function makeVacancy(i: number): Vacancy {
  const occupationCode = random.pick(random.pick(FAMILIES));
  const hoursMin = 16 + random.int(5) * 4;
  return {
    id: `v${String(i).padStart(4, '0')}`,
    regionCode: 'SYNTH',
    occupationCode,
    relatedOccupationCodes: relatedOccupationsOf(occupationCode),
    requiredSkills: Array.from({ length: random.int(3) }, () => ({ code: random.pick(SKILLS), weight: 2 })),
    niceToHaveSkills: [{ code: random.pick(SKILLS), weight: 1 }],
    minEducationRank: random.int(2) === 0 ? null : 1 + random.int(4),
    hoursMin,
    hoursMax: Math.min(40, hoursMin + random.int(3) * 4),
    startMonth: CURRENT_MONTH + random.int(3),
    drivingLicences: random.int(5) === 0 ? ['B'] : [],
    languages: ['nl'],
    jobsAgreement: false,
    remoteWork: false,
    place: place(),
  };
}

/**
 * The ground truth, fixed before any result was read: an account manager would phone about this candidate.
 * The occupation is the same, related, or of the same minor group; the workplace is within the candidate's
 * radius; the hours share at least 4 a week (or the candidate is flexible); the licences are there; at most one
 * required skill is missing; the candidate can start within two months of the start.
 */
function fits(vacancy: Vacancy, profile: Profile): boolean {
  const occupation = occupationFit(vacancy.occupationCode, profile.occupationCodes, vacancy.relatedOccupationCodes);
  if (occupation < 0.6) return false;
  if (kmBetween(vacancy.place, profile.place) > profile.travelRadiusKm) return false;
  const shared = Math.min(vacancy.hoursMax, profile.hoursMax) - Math.max(vacancy.hoursMin, profile.hoursMin);
  if (shared < 4 && !profile.hoursFlexible) return false;
  if (vacancy.drivingLicences.some((licence) => !profile.drivingLicences.includes(licence))) return false;
  const missing = vacancy.requiredSkills.filter((skill) => !profile.skillCodes.includes(skill.code)).length;
  if (missing > 1) return false;
  return profile.availableMonth <= (vacancy.startMonth ?? CURRENT_MONTH) + 2;
}

type Ranked = ScoredCandidate & { fits: boolean; maxWw: boolean };

/** The engine's list as the matching job makes it (fit limits, minimum score, band, pool quota). */
function engineList(vacancy: Vacancy, profiles: readonly Profile[], band: number): Ranked[] {
  const leaders = new PoolLeaders<Ranked>(config.topListSize);
  const bandConfig = { ...config, maxWwBonus: band };
  for (const profile of profiles) {
    const context: MatchContext = {
      today: TODAY,
      currentMonth: CURRENT_MONTH,
      distanceKm: kmBetween(vacancy.place, profile.place),
    };
    const score = scoreMatch(vacancy, profile, context, bandConfig);
    if (score === FILTERED || score < config.minimumScore) continue;
    const priority = maxWwPriority(vacancy, profile, context, bandConfig);
    leaders.offer({
      profileId: profile.id,
      pool: profile.pool,
      score,
      priority,
      fits: fits(vacancy, profile),
      maxWw: priority > 0,
    });
  }
  return selectTop(leaders.all(), config.topListSize, config.minimumPoolShare);
}

/** A baseline ordering of every profile by `key` (higher first), ties in a seeded random order. */
function baselineList(vacancy: Vacancy, profiles: readonly Profile[], key: (p: Profile) => number): Ranked[] {
  const shuffled = profiles.map((profile) => ({ profile, tie: random.int(1_000_000) }));
  shuffled.sort((a, b) => key(b.profile) - key(a.profile) || a.tie - b.tie);
  return shuffled.slice(0, config.topListSize).map(({ profile }) => ({
    profileId: profile.id,
    pool: profile.pool,
    score: 0,
    priority: 0,
    fits: fits(vacancy, profile),
    maxWw: false,
  }));
}

interface Quality {
  precisionAt10: number;
  recallAt20: number;
  ndcgAt10: number;
}

function quality(list: readonly Ranked[], relevant: number): Quality {
  const top10 = list.slice(0, 10);
  const hits10 = top10.filter((c) => c.fits).length;
  const hits20 = list.slice(0, 20).filter((c) => c.fits).length;
  const dcg = top10.reduce((sum, c, i) => sum + (c.fits ? 1 / Math.log2(i + 2) : 0), 0);
  const ideal = Array.from({ length: Math.min(10, relevant) }, (_, i) => 1 / Math.log2(i + 2)).reduce(
    (a, b) => a + b,
    0,
  );
  return {
    precisionAt10: hits10 / 10,
    // Of what a list of 20 could hold: a vacancy with 300 fitting candidates cannot list them all.
    recallAt20: relevant === 0 ? 1 : hits20 / Math.min(20, relevant),
    ndcgAt10: ideal === 0 ? 1 : dcg / ideal,
  };
}

const mean = (values: readonly number[]) => values.reduce((a, b) => a + b, 0) / Math.max(1, values.length);
const format = (value: number) => value.toFixed(3);
const print = (line: string) => process.stdout.write(`${line}\n`);

function main(): void {
  const profiles = Array.from({ length: PROFILES }, (_, i) => makeProfile(i));
  const vacancies = Array.from({ length: VACANCIES }, (_, i) => makeVacancy(i));
  const results: Record<'engine' | 'occupation only' | 'random', Quality[]> = {
    engine: [],
    'occupation only': [],
    random: [],
  };
  let bothPoolsPossible = 0;
  let bothPoolsListed = 0;
  let liftedAboveBetterFit = 0;
  let liftedMisfits = 0;
  let maxWwMovedIntoTop10 = 0;
  let othersMovedOutOfTop10 = 0;
  let placesLostByOthers = 0;
  let misfitAboveFit = 0;
  let liftedMisfitAboveAnyFit = 0;
  for (const vacancy of vacancies) {
    const relevant = profiles.filter((p) => fits(vacancy, p));
    const engine = engineList(vacancy, profiles, config.maxWwBonus);
    results.engine.push(quality(engine, relevant.length));
    results['occupation only'].push(
      quality(
        baselineList(vacancy, profiles, (p) => occupationFit(vacancy.occupationCode, p.occupationCodes)),
        relevant.length,
      ),
    );
    results.random.push(
      quality(
        baselineList(vacancy, profiles, () => 0),
        relevant.length,
      ),
    );

    if (relevant.some((p) => p.pool === 'UWV') && relevant.some((p) => p.pool === 'MUNICIPALITY')) {
      bothPoolsPossible += 1;
      if (new Set(engine.slice(0, 10).map((c) => c.pool)).size === 2) bothPoolsListed += 1;
    }
    // The priority's effect: the same list without the band.
    const withoutBand = engineList(vacancy, profiles, 0);
    const before = new Set(withoutBand.slice(0, 10).map((c) => c.profileId));
    const after = engine.slice(0, 10);
    maxWwMovedIntoTop10 += after.filter((c) => c.maxWw && !before.has(c.profileId)).length;
    const afterIds = new Set(after.map((c) => c.profileId));
    othersMovedOutOfTop10 += withoutBand.slice(0, 10).filter((c) => !afterIds.has(c.profileId)).length;
    const rankBefore = new Map(withoutBand.map((c, i) => [c.profileId, i]));
    engine.forEach((c, i) => {
      if (!c.maxWw) placesLostByOthers += Math.max(0, i - (rankBefore.get(c.profileId) ?? i));
    });
    for (let i = 0; i < engine.length; i++) {
      const lifted = engine[i];
      if (!lifted.maxWw) continue;
      if (!lifted.fits) liftedMisfits += 1;
      if (engine.slice(i + 1).some((below) => below.score > lifted.score && below.fits && !lifted.fits)) {
        liftedAboveBetterFit += 1;
      }
    }
    if (engine.some((c, i) => !c.fits && engine.slice(i + 1).some((below) => below.fits && below.score > c.score))) {
      misfitAboveFit += 1;
    }
    if (engine.some((c, i) => c.maxWw && !c.fits && engine.slice(i + 1).some((below) => below.fits))) {
      liftedMisfitAboveAnyFit += 1;
    }
  }

  print(`match quality: ${PROFILES} profiles, ${VACANCIES} vacancies, seed ${SEED}, engine defaults`);
  for (const [name, list] of Object.entries(results)) {
    print(
      `  ${name.padEnd(16)} precision@10 ${format(mean(list.map((q) => q.precisionAt10)))}  recall@20 ${format(
        mean(list.map((q) => q.recallAt20)),
      )}  nDCG@10 ${format(mean(list.map((q) => q.ndcgAt10)))}`,
    );
  }
  print(
    `  both pools in the top 10 where both have fitting candidates: ${bothPoolsListed} of ${bothPoolsPossible} lists`,
  );
  print(
    `  Max-WW priority (band ${config.maxWwBonus}): ${maxWwMovedIntoTop10} Max-WW candidates moved into a top 10, ` +
      `${othersMovedOutOfTop10} others moved out of one, ${placesLostByOthers} places lost by others in all`,
  );
  print(
    `  priority-lifted candidates that do not fit: ${liftedMisfits}; lifted misfits above a better-scoring fit: ${liftedAboveBetterFit}; ` +
      `lists with any misfit above a better-scoring fit: ${misfitAboveFit} of ${VACANCIES}`,
  );
  print(
    `  lists where a priority-lifted misfit stands above a fitting candidate: ${liftedMisfitAboveAnyFit} of ${VACANCIES}`,
  );
}

main();
