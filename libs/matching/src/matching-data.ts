import { relatedOccupationsOf } from './engine/related-occupations';
import { streamRows } from '@wsp/platform';
import { EntityManager } from 'typeorm';
import { monthIndex, Pool, ProfileFacts, VacancyFacts } from './engine/match-facts';

export interface VacancyForMatching extends VacancyFacts {
  status: string;
  latitude: number;
  longitude: number;
}

/** A candidate as candidateQuery reads it: the profile's facts and its distance to the workplace. */
export interface CandidateRow {
  facts: ProfileFacts;
  distanceKm: number;
}

/** The vacancy as the engine reads it, with its workplace centroid; undefined when it no longer exists. */
export async function loadVacancy(
  database: Pick<EntityManager, 'query'>,
  vacancyId: string,
): Promise<VacancyForMatching | undefined> {
  const [row] = await database.query(
    `SELECT v.id, v.region_code, v.occupation_code, v.status, v.hours_min, v.hours_max, v.start_date::text AS start_date,
            v.driving_licences, v.languages, v.jobs_agreement, v.remote_work, e.nlqf AS min_education_rank, m.latitude, m.longitude,
            coalesce((SELECT json_agg(json_build_object('code', s.skill_code, 'weight', s.weight, 'required', s.required))
                        FROM vacancy_skill s WHERE s.vacancy_id = v.id), '[]') AS skills
       FROM vacancy v
       JOIN municipality m ON m.code = v.municipality_code
       LEFT JOIN education_level e ON e.code = v.min_education_level
      WHERE v.id = $1`,
    [vacancyId],
  );
  if (!row) return undefined;
  const skills = row.skills as { code: string; weight: number; required: boolean }[];
  return {
    id: row.id,
    regionCode: row.region_code,
    occupationCode: row.occupation_code,
    relatedOccupationCodes: relatedOccupationsOf(row.occupation_code),
    status: row.status,
    requiredSkills: skills.filter((s) => s.required).map(({ code, weight }) => ({ code, weight })),
    niceToHaveSkills: skills.filter((s) => !s.required).map(({ code, weight }) => ({ code, weight })),
    minEducationRank: row.min_education_rank,
    hoursMin: row.hours_min,
    hoursMax: row.hours_max,
    startMonth: row.start_date ? monthIndex(row.start_date) : null,
    drivingLicences: row.driving_licences,
    languages: row.languages,
    jobsAgreement: row.jobs_agreement,
    remoteWork: row.remote_work,
    latitude: row.latitude,
    longitude: row.longitude,
  };
}

/**
 * What decides, besides a profile's own facts, whether it is a candidate for a vacancy: the distance from each
 * municipality to the workplace (as the database's km_between computes it, so the in-memory prefilter and
 * the SQL one agree to the last bit) and the occupations of the vacancy's ISCO sub-major group.
 */
export interface CandidateSetContext {
  today: string;
  regionCode: string;
  kmToWorkplace: ReadonlyMap<string, number>;
  relatedOccupations: ReadonlySet<string>;
  skills: ReadonlySet<string>;
  excludedProfileIds: ReadonlySet<string>;
}

/** The candidate set's context of a vacancy; its dismissed candidates are left out. */
export async function loadCandidateSetContext(
  database: Pick<EntityManager, 'query'>,
  vacancy: VacancyForMatching,
  today: string,
): Promise<CandidateSetContext> {
  const [row] = await database.query(
    `SELECT (SELECT json_object_agg(code, km_between(latitude, longitude, $1, $2)) FROM municipality) AS km,
            ARRAY(SELECT code FROM occupation WHERE level = 4 AND left(code, 2) = left($3, 2)) AS occupations,
            ARRAY(SELECT profile_id FROM suggestion WHERE vacancy_id = $4 AND dismissed_at IS NOT NULL) AS dismissed`,
    [vacancy.latitude, vacancy.longitude, vacancy.occupationCode, vacancy.id],
  );
  return {
    today,
    regionCode: vacancy.regionCode,
    kmToWorkplace: new Map(Object.entries((row.km ?? {}) as Record<string, number>)),
    relatedOccupations: new Set([...(row.occupations as string[]), ...vacancy.relatedOccupationCodes]),
    skills: new Set([...vacancy.requiredSkills, ...vacancy.niceToHaveSkills].map((s) => s.code)),
    excludedProfileIds: new Set(row.dismissed as string[]),
  };
}

/**
 * The prefilter of candidateQuery, on a profile in memory: its distance to the workplace when it is a candidate,
 * else undefined. The two must select the same set; the candidate-facts-cache e2e test holds them to it.
 */
export function candidateDistance(
  profile: ProfileFacts,
  municipalityCode: string,
  context: CandidateSetContext,
): number | undefined {
  if (profile.status !== 'ACTIVE' || profile.expiresOn < context.today) return undefined;
  if (context.excludedProfileIds.has(profile.id)) return undefined;
  const km = context.kmToWorkplace.get(municipalityCode);
  if (km === undefined) return undefined;
  if (profile.regionCode !== context.regionCode && !(km <= profile.travelRadiusKm)) return undefined;
  for (const code of profile.occupationCodes) if (context.relatedOccupations.has(code)) return km;
  for (const code of profile.skillCodes) if (context.skills.has(code)) return km;
  return undefined;
}

/**
 * The candidate set of a vacancy, straight from an indexed prefilter: shared, unexpired profiles that seek an
 * occupation in the vacancy's ISCO sub-major group or have one of its skills (GIN indexes), in its region or
 * living within their travel radius of the workplace. The matching job applies the same rule to its in-memory
 * copy of the facts (candidateDistance); this form is the reference, and bench:matching times it bare.
 */
export function candidateQuery(
  vacancy: VacancyForMatching,
  today: string,
  excludedProfileIds: readonly string[],
): [string, unknown[]] {
  const skills = [...vacancy.requiredSkills, ...vacancy.niceToHaveSkills].map((s) => s.code);
  return [
    // The profile's stored match facts (one text column, see parseMatchFacts), not its columns one by one.
    `SELECT p.id, p.match_facts, km_between(m.latitude, m.longitude, $3, $4) AS distance_km
       FROM candidate_profile p
       JOIN municipality m ON m.code = p.municipality_code
      WHERE p.status = 'ACTIVE' AND p.expires_on >= $5::date
        AND (p.occupation_codes && ARRAY(SELECT code FROM occupation WHERE level = 4 AND left(code, 2) = left($2, 2))
             OR p.occupation_codes && $8::text[] OR p.skill_codes && $6::text[])
        AND (p.region_code = $1 OR km_between(m.latitude, m.longitude, $3, $4) <= p.travel_radius_km)
        AND p.id <> ALL ($7::uuid[])`,
    [
      vacancy.regionCode,
      vacancy.occupationCode,
      vacancy.latitude,
      vacancy.longitude,
      today,
      skills,
      excludedProfileIds,
      vacancy.relatedOccupationCodes,
    ],
  ];
}

/** The candidate set of a vacancy read with candidateQuery, all at once (for tests and the benchmark). */
export async function loadCandidates(
  database: EntityManager,
  vacancy: VacancyForMatching,
  today: string,
  excludedProfileIds: readonly string[],
): Promise<CandidateRow[]> {
  const shared = new FactValues();
  const [sql, params] = candidateQuery(vacancy, today, excludedProfileIds);
  const candidates: CandidateRow[] = [];
  await streamRows(database, sql, params, ([id, facts, distanceKm]) =>
    candidates.push({
      facts: parseMatchFacts(id as string, facts as string, shared),
      distanceKm: distanceKm as number,
    }),
  );
  return candidates;
}

/**
 * Shared values of a set of profiles. Pieces of a split string are views into it, and V8 reads such strings
 * and arrays built from them several times slower in the engine's hot loop; one flat copy per distinct value
 * (a few hundred codes, a few thousand code lists) shared by all profiles keeps the engine at full speed.
 */
export class FactValues {
  private readonly values = new Map<string, string>();
  private readonly lists = new Map<string, readonly string[]>();

  value(piece: string): string {
    let value = this.values.get(piece);
    if (value === undefined) {
      value = JSON.parse(JSON.stringify(piece)) as string;
      this.values.set(piece, value);
    }
    return value;
  }

  list(field: string): readonly string[] {
    let list = this.lists.get(field);
    if (list === undefined) {
      list = field === '' ? [] : (JSON.parse(JSON.stringify(field.split(','))) as string[]);
      this.lists.set(field, list);
    }
    return list;
  }
}

/**
 * A shared profile's facts from its stored `match_facts` line (written by the database trigger of migration
 * 1763900000010): pool|region|expires on|occupations|skills|education rank|hours min|hours max|available month|
 * travel radius|licences|languages|jobs agreement (1/0)|WW end month for MAX_WW. Read with a cursor, numbers
 * digit by digit: a worker reads every shared profile's line, and every string it does not make is no garbage.
 */
export function parseMatchFacts(id: string, line: string, shared = new FactValues()): ProfileFacts {
  const cursor = new FactCursor(line);
  return {
    id,
    pool: shared.value(cursor.text()) as Pool,
    regionCode: shared.value(cursor.text()),
    status: 'ACTIVE',
    expiresOn: shared.value(cursor.text()),
    occupationCodes: shared.list(cursor.text()),
    skillCodes: shared.list(cursor.text()),
    educationRank: cursor.integer(),
    hoursMin: cursor.integer()!,
    hoursMax: cursor.integer()!,
    availableMonth: cursor.integer()!,
    travelRadiusKm: cursor.integer()!,
    drivingLicences: shared.list(cursor.text()),
    languages: shared.list(cursor.text()),
    jobsAgreement: cursor.integer() === 1,
    maxWwEndMonth: cursor.integer(),
    // Added by migration 21; a line without it reads as not flexible.
    hoursFlexible: cursor.integer() === 1,
  };
}

const PIPE = 124;
const ZERO = 48;

/** Reads the "|"-separated fields of one line in order. */
class FactCursor {
  private at = 0;

  constructor(private readonly line: string) {}

  text(): string {
    const end = this.line.indexOf('|', this.at);
    const field = this.line.slice(this.at, end < 0 ? this.line.length : end);
    this.at = end < 0 ? this.line.length : end + 1;
    return field;
  }

  /** A non-negative integer field, or null when it is empty. */
  integer(): number | null {
    const { line } = this;
    let value: number | null = null;
    for (; this.at < line.length; this.at++) {
      const code = line.charCodeAt(this.at);
      if (code === PIPE) break;
      value = (value ?? 0) * 10 + code - ZERO;
    }
    this.at += 1;
    return value;
  }
}

/** Open vacancies one profile may fit (same prefilter, the other way round), and those it is suggested for now. */
export async function vacanciesForProfile(
  database: Pick<EntityManager, 'query'>,
  profileId: string,
): Promise<string[]> {
  const rows: { id: string }[] = await database.query(
    `SELECT v.id
       FROM candidate_profile p
       JOIN municipality pm ON pm.code = p.municipality_code
       JOIN vacancy v ON v.status = 'OPEN'
       JOIN municipality vm ON vm.code = v.municipality_code
      WHERE p.id = $1
        AND (left(v.occupation_code, 2) = ANY (ARRAY(SELECT left(c, 2) FROM unnest(p.occupation_codes) c))
             OR EXISTS (SELECT 1 FROM vacancy_skill s WHERE s.vacancy_id = v.id AND s.skill_code = ANY (p.skill_codes)))
        AND (v.region_code = p.region_code
             OR km_between(pm.latitude, pm.longitude, vm.latitude, vm.longitude) <= p.travel_radius_km)
     UNION
     SELECT vacancy_id FROM suggestion WHERE profile_id = $1`,
    [profileId],
  );
  return rows.map((row) => row.id);
}
